//! What a team's replies miss, counted: per guideline, per month, per responder, by how long
//! after the story the reply came, and which replies were reused. `--format json` prints these
//! as `aggregates`; the HTML report draws them.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use replyguide_engine::{ResponseKind, Severity};
use serde::Serialize;

use super::{Audited, Reply};
use crate::inputs::parse_date;

/// The guidelines named in the headline.
const MOST_MISSED: usize = 3;
/// Repeat clusters listed, largest first.
const CLUSTERS_LISTED: usize = 20;
/// Lines, stories and responders named per cluster.
const CLUSTER_EXAMPLES: usize = 8;
/// Characters of a cluster's first reply quoted.
const CLUSTER_QUOTE_CHARS: usize = 280;
/// The repeated-response rule, whose findings link a reply to the earlier one it repeats.
const REPEATED_RESPONSE: &str = "repeated-response";
/// Name under which replies without a responder are counted.
pub const UNNAMED_RESPONDER: &str = "(no responder given)";

/// Days between story and reply, as the timing histogram groups them: `(from, to)` inclusive,
/// `to` open-ended when `None`.
const TIMING_BUCKETS: &[(i64, Option<i64>)] = &[
    (0, Some(0)),
    (1, Some(2)),
    (3, Some(7)),
    (8, Some(14)),
    (15, Some(28)),
    (29, Some(56)),
    (57, None),
];

/// Every figure of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aggregates {
    /// Replies counted.
    pub replies: usize,
    /// Replies with at least one warning.
    pub replies_with_warning: usize,
    /// Replies with at least one finding (warning or hint).
    pub replies_with_findings: usize,
    /// The (up to three) guidelines that flagged most replies, most first.
    pub most_missed: Vec<String>,
    /// Per rule in force, most replies flagged first (ties in registry order).
    pub by_rule: Vec<RuleTotals>,
    /// Per calendar month of posting (UTC), oldest first.
    pub by_month: Vec<MonthTotals>,
    /// Replies with no posting date (in no month).
    pub undated: usize,
    /// Per responder, most replies first.
    pub by_responder: Vec<ResponderTotals>,
    /// Days between story and reply.
    pub timing: Timing,
    /// Texts reused across replies, most reused first.
    pub repeated: Vec<RepeatCluster>,
}

/// One rule's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleTotals {
    /// Rule id.
    pub rule: String,
    /// The guideline it serves, quoted.
    pub guideline: String,
    /// Replies it flagged.
    pub replies: usize,
    /// Its findings (a reply may have several).
    pub findings: usize,
}

/// One month's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthTotals {
    /// `2026-10`.
    pub month: String,
    /// Replies posted that month.
    pub replies: usize,
    /// Of which with a warning.
    pub with_warning: usize,
}

/// One responder's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResponderTotals {
    /// Name as the file gives it, or [`UNNAMED_RESPONDER`].
    pub responder: String,
    /// Replies by them.
    pub replies: usize,
    /// Of which with a warning.
    pub with_warning: usize,
    /// Replies each rule flagged, in the order of [`Aggregates::by_rule`].
    pub by_rule: Vec<usize>,
}

/// How long after the story replies came, split by whether the provider had replied first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timing {
    /// The histogram's bars.
    pub buckets: Vec<TimingBucket>,
    /// Replies where the story's or the reply's date is unknown.
    pub unknown: usize,
}

/// One bar of the timing histogram.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimingBucket {
    /// `3–7 days`.
    pub label: String,
    /// Fewest days in the bucket.
    pub from_days: i64,
    /// Most days in the bucket; `None` for the last, open one.
    pub to_days: Option<i64>,
    /// Replies posted after a reply from the provider.
    pub after_provider: usize,
    /// Replies posted before the provider had replied (or on stories it never answered).
    pub before_provider: usize,
    /// Replies whose input does not say what replies the story had (a spreadsheet row).
    pub provider_unknown: usize,
}

/// Replies that repeat one another, linked by the `repeated-response` guideline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepeatCluster {
    /// The first reply's opening words.
    pub text: String,
    /// Replies in the cluster.
    pub replies: usize,
    /// Distinct stories they were posted on.
    pub stories: usize,
    /// Their file lines (the first few).
    pub lines: Vec<usize>,
    /// Their stories' addresses (the first few).
    pub story_urls: Vec<String>,
    /// Who posted them (the first few).
    pub responders: Vec<String>,
}

impl Aggregates {
    /// Counts `audited` (`rules`: every rule in force as `(id, guideline)`, in registry order);
    /// `counted` says which replies the report covers (all are needed to link repeats).
    pub fn new(
        rules: &[(String, String)],
        audited: &[Audited],
        counted: impl Fn(&Reply) -> bool,
    ) -> Self {
        let rule_index: HashMap<&str, usize> = rules
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (id.as_str(), i))
            .collect();
        let mut by_rule: Vec<RuleTotals> = rules
            .iter()
            .map(|(rule, guideline)| RuleTotals {
                rule: rule.clone(),
                guideline: guideline.clone(),
                replies: 0,
                findings: 0,
            })
            .collect();
        let mut totals = Counts::default();
        let mut months: BTreeMap<String, MonthTotals> = BTreeMap::new();
        let mut responders: HashMap<String, ResponderTotals> = HashMap::new();
        let mut timing = Timing::new();
        let mut undated = 0;
        for a in audited.iter().filter(|a| counted(&a.reply)) {
            let warned = a.findings.iter().any(|f| f.severity == Severity::Warning);
            totals.add(!a.findings.is_empty(), warned);
            let mut flagged = vec![false; rules.len()];
            for finding in &a.findings {
                if let Some(&i) = rule_index.get(finding.rule.as_str()) {
                    by_rule[i].findings += 1;
                    flagged[i] = true;
                }
            }
            for (totals, _) in by_rule.iter_mut().zip(&flagged).filter(|(_, &f)| f) {
                totals.replies += 1;
            }
            match a.reply.posted {
                Some(posted) => {
                    let month = posted.format("%Y-%m").to_string();
                    let entry = months.entry(month.clone()).or_insert(MonthTotals {
                        month,
                        replies: 0,
                        with_warning: 0,
                    });
                    entry.replies += 1;
                    entry.with_warning += usize::from(warned);
                }
                None => undated += 1,
            }
            let name = a
                .reply
                .responder
                .clone()
                .unwrap_or_else(|| UNNAMED_RESPONDER.to_string());
            let responder = responders
                .entry(name.clone())
                .or_insert_with(|| ResponderTotals {
                    responder: name,
                    replies: 0,
                    with_warning: 0,
                    by_rule: vec![0; rules.len()],
                });
            responder.replies += 1;
            responder.with_warning += usize::from(warned);
            for (count, _) in responder
                .by_rule
                .iter_mut()
                .zip(&flagged)
                .filter(|(_, &f)| f)
            {
                *count += 1;
            }
            timing.add(&a.reply);
        }
        let mut by_responder: Vec<ResponderTotals> = responders.into_values().collect();
        by_responder.sort_by(|a, b| {
            b.replies
                .cmp(&a.replies)
                .then_with(|| a.responder.cmp(&b.responder))
        });
        let mut order: Vec<usize> = (0..by_rule.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(by_rule[i].replies));
        let by_rule: Vec<RuleTotals> = order.iter().map(|&i| by_rule[i].clone()).collect();
        for responder in &mut by_responder {
            responder.by_rule = order.iter().map(|&i| responder.by_rule[i]).collect();
        }
        Self {
            replies: totals.replies,
            replies_with_warning: totals.with_warning,
            replies_with_findings: totals.with_findings,
            most_missed: by_rule
                .iter()
                .filter(|r| r.replies > 0)
                .take(MOST_MISSED)
                .map(|r| r.rule.clone())
                .collect(),
            by_month: months.into_values().collect(),
            undated,
            by_responder,
            timing,
            repeated: repeat_clusters(audited, &counted),
            by_rule,
        }
    }

    /// Share of counted replies with a warning, in percent (0 when there are none).
    pub fn warning_percent(&self) -> f64 {
        percent(self.replies_with_warning, self.replies)
    }
}

/// `part` of `whole` in percent, 0 when `whole` is 0.
pub fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

#[derive(Default)]
struct Counts {
    replies: usize,
    with_findings: usize,
    with_warning: usize,
}

impl Counts {
    fn add(&mut self, found: bool, warned: bool) {
        self.replies += 1;
        self.with_findings += usize::from(found);
        self.with_warning += usize::from(warned);
    }
}

impl Timing {
    fn new() -> Self {
        Self {
            buckets: TIMING_BUCKETS
                .iter()
                .map(|&(from_days, to_days)| TimingBucket {
                    label: match to_days {
                        Some(to) if to == from_days => format!("{from_days} days"),
                        Some(to) => format!("{from_days}–{to} days"),
                        None => format!("{from_days}+ days"),
                    },
                    from_days,
                    to_days,
                    after_provider: 0,
                    before_provider: 0,
                    provider_unknown: 0,
                })
                .collect(),
            unknown: 0,
        }
    }

    fn add(&mut self, reply: &Reply) {
        let (Some(posted), Some(story_posted)) = (reply.posted, reply.story.posted) else {
            self.unknown += 1;
            return;
        };
        let days = (posted - story_posted).num_days().max(0);
        let Some(bucket) = self
            .buckets
            .iter_mut()
            .find(|b| days >= b.from_days && b.to_days.is_none_or(|to| days <= to))
        else {
            return;
        };
        if provider_replied_before(reply, posted) {
            bucket.after_provider += 1;
        } else if reply.story.responses_unknown {
            bucket.provider_unknown += 1;
        } else {
            bucket.before_provider += 1;
        }
    }
}

/// Whether the story shows a provider reply posted before `posted` (an undated provider reply
/// counts as before: it was on the page when the story was read).
fn provider_replied_before(reply: &Reply, posted: DateTime<Utc>) -> bool {
    reply
        .story
        .responses
        .iter()
        .filter(|r| r.kind == ResponseKind::Provider)
        .any(|r| r.posted.is_none_or(|p| p <= posted))
}

/// Groups replies that `repeated-response` linked to an earlier reply (found by its story and
/// posting time), keeping clusters with a counted reply, largest first.
fn repeat_clusters(audited: &[Audited], counted: &impl Fn(&Reply) -> bool) -> Vec<RepeatCluster> {
    let mut first_with_key: HashMap<(Option<&str>, Option<DateTime<Utc>>), usize> = HashMap::new();
    let mut parent: Vec<usize> = (0..audited.len()).collect();
    for (i, a) in audited.iter().enumerate() {
        let earlier = a
            .findings
            .iter()
            .filter(|f| f.rule == REPEATED_RESPONSE)
            .filter_map(|f| f.related.as_ref())
            .filter(|r| r.story_url.is_some() || r.posted.is_some())
            .filter_map(|r| {
                let posted = r.posted.as_deref().and_then(|p| parse_date(p).ok());
                first_with_key.get(&(r.story_url.as_deref(), posted))
            });
        for &j in earlier {
            let (root_i, root_j) = (root(&mut parent, i), root(&mut parent, j));
            parent[root_i.max(root_j)] = root_i.min(root_j);
        }
        first_with_key
            .entry((a.reply.story_url.as_deref(), a.reply.posted))
            .or_insert(i);
    }
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..audited.len() {
        let r = root(&mut parent, i);
        members.entry(r).or_default().push(i);
    }
    let mut clusters: Vec<RepeatCluster> = members
        .into_values()
        .filter(|m| m.len() > 1 && m.iter().any(|&i| counted(&audited[i].reply)))
        .map(|m| cluster(audited, &m))
        .collect();
    clusters.sort_by(|a, b| b.replies.cmp(&a.replies).then(a.lines.cmp(&b.lines)));
    clusters.truncate(CLUSTERS_LISTED);
    clusters
}

fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn cluster(audited: &[Audited], members: &[usize]) -> RepeatCluster {
    let replies = members.iter().map(|&i| &audited[i].reply);
    let mut story_urls: Vec<String> = replies
        .clone()
        .filter_map(|r| r.story_url.clone())
        .collect();
    story_urls.sort();
    story_urls.dedup();
    let mut responders: Vec<String> = replies
        .clone()
        .filter_map(|r| r.responder.clone())
        .collect();
    responders.sort();
    responders.dedup();
    let first = &audited[members[0]].reply.text;
    let mut text: String = first.chars().take(CLUSTER_QUOTE_CHARS).collect();
    if text.len() < first.len() {
        text.push('…');
    }
    RepeatCluster {
        text,
        replies: members.len(),
        stories: story_urls.len(),
        lines: replies.map(|r| r.line).take(CLUSTER_EXAMPLES).collect(),
        story_urls: story_urls.into_iter().take(CLUSTER_EXAMPLES).collect(),
        responders: responders.into_iter().take(CLUSTER_EXAMPLES).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::audit;
    use replyguide_engine::{Config, StoryContext, StoryResponse};

    fn reply(line: usize, text: &str, responder: &str, posted: &str) -> Reply {
        Reply {
            line,
            text: text.into(),
            story_url: Some(format!("https://www.careopinion.org.uk/{line}")),
            posted: Some(posted.parse().unwrap()),
            responder: Some(responder.into()),
            story: StoryContext {
                posted: Some("2026-10-01T00:00:00Z".parse().unwrap()),
                responses: if line % 2 == 0 {
                    vec![StoryResponse {
                        kind: ResponseKind::Provider,
                        posted: Some("2026-10-02T00:00:00Z".parse().unwrap()),
                        text: "Sorry.".into(),
                        ..Default::default()
                    }]
                } else {
                    Vec::new()
                },
                ..Default::default()
            },
            now: None,
        }
    }

    const PASTED: &str = "Thank you for sharing your story with us. Our complaints advocacy \
        service is free and independent and can help you raise this with the hospital; call \
        us on 01632 960 000 or see our website for the details of how we work with families.";

    fn rules() -> Vec<(String, String)> {
        replyguide_engine::rules::describe(&Config::default())
            .into_iter()
            .map(|r| (r.id, r.guideline))
            .collect()
    }

    fn sample() -> Vec<Audited> {
        let replies = vec![
            reply(1, PASTED, "Sam", "2026-10-05T10:00:00Z"),
            reply(
                2,
                "You are absolutely right, they should be ashamed.",
                "Ann",
                "2026-10-20T10:00:00Z",
            ),
            reply(3, PASTED, "Ann", "2026-11-03T10:00:00Z"),
            reply(4, PASTED, "Sam", "2026-11-30T10:00:00Z"),
        ];
        audit(
            &Config::default(),
            replies,
            "2026-12-01T00:00:00Z".parse().unwrap(),
        )
    }

    #[test]
    fn counts_agree_with_the_findings() {
        let audited = sample();
        let aggregates = Aggregates::new(&rules(), &audited, |_| true);
        assert_eq!(aggregates.replies, 4);
        let flagged = |rule: &str| {
            audited
                .iter()
                .filter(|a| a.findings.iter().any(|f| f.rule == rule))
                .count()
        };
        for totals in &aggregates.by_rule {
            assert_eq!(totals.replies, flagged(&totals.rule), "{}", totals.rule);
        }
        let counts: Vec<usize> = aggregates.by_rule.iter().map(|r| r.replies).collect();
        assert!(
            counts.windows(2).all(|w| w[0] >= w[1]),
            "most first: {counts:?}"
        );
        assert_eq!(aggregates.most_missed[0], aggregates.by_rule[0].rule);
        for responder in &aggregates.by_responder {
            let sides = aggregates
                .by_rule
                .iter()
                .position(|r| r.rule == "takes-sides")
                .unwrap();
            let expected = usize::from(responder.responder == "Ann");
            assert_eq!(
                responder.by_rule[sides], expected,
                "{}",
                responder.responder
            );
        }
        let months: Vec<(&str, usize)> = aggregates
            .by_month
            .iter()
            .map(|m| (m.month.as_str(), m.replies))
            .collect();
        assert_eq!(months, vec![("2026-10", 2), ("2026-11", 2)]);
        let responders: Vec<(&str, usize)> = aggregates
            .by_responder
            .iter()
            .map(|r| (r.responder.as_str(), r.replies))
            .collect();
        assert_eq!(responders, vec![("Ann", 2), ("Sam", 2)]);
        let timed: usize = aggregates
            .timing
            .buckets
            .iter()
            .map(|b| b.after_provider + b.before_provider)
            .sum();
        assert_eq!(timed, 4);
        let after: usize = aggregates
            .timing
            .buckets
            .iter()
            .map(|b| b.after_provider)
            .sum();
        assert_eq!(after, 2, "replies 2 and 4 came after the provider's reply");
    }

    #[test]
    fn pasted_replies_form_one_cluster() {
        let aggregates = Aggregates::new(&rules(), &sample(), |_| true);
        assert_eq!(aggregates.repeated.len(), 1, "{:?}", aggregates.repeated);
        let cluster = &aggregates.repeated[0];
        assert_eq!(cluster.lines, vec![1, 3, 4]);
        assert_eq!(cluster.stories, 3);
        assert_eq!(cluster.responders, vec!["Ann", "Sam"]);
    }

    #[test]
    fn the_filter_chooses_what_is_counted() {
        let aggregates = Aggregates::new(&rules(), &sample(), |r| {
            r.responder.as_deref() == Some("Sam")
        });
        assert_eq!(aggregates.replies, 2);
        assert_eq!(aggregates.by_responder.len(), 1);
        assert_eq!(
            aggregates.repeated[0].replies, 3,
            "a cluster keeps its other replies"
        );
    }
}
