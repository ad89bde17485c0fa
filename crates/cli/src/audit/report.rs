//! `replyguide audit --format html`: one self-contained page (no script, font or stylesheet
//! from anywhere else) with the headline figures, a chart and its table per view, and the
//! replies themselves, worst first, flagged words marked and the advice beside them.
//!
//! The page comes from the template `report/report.html` (minijinja, HTML-escaped) and the
//! charts from [`super::charts`]. Only the replies shown are turned into page text, and the page
//! is written as it is rendered, so a file of 100,000 replies costs no more than its worst few.

use std::collections::BTreeSet;
use std::io::Write;

use minijinja::{Environment, Value};
use replyguide_engine::{Finding, Severity};
use serde::Serialize;

use super::aggregates::{percent, Aggregates};
use super::charts::{self, ChartError};
use super::{Audited, BadRow, Reply};
use crate::feedback::FeedbackExport;
use crate::inputs::format_date;
use crate::CliError;

/// Replies shown in full, worst first…
pub const WORST_SHOWN: usize = 200;
/// …plus, for each guideline, its worst replies, so that filtering by it always shows some.
const WORST_PER_GUIDELINE: usize = 20;
/// Responders given a row (most replies first); the rest are summed in the JSON only.
const RESPONDERS_SHOWN: usize = 40;

/// What the report says besides the replies: its source, the filter, the time it was made.
pub struct ReportContext<'a> {
    /// The replies file as named on the command line.
    pub file: &'a str,
    /// The filter in words (empty for none).
    pub filter: String,
    /// When the report was made.
    pub generated: chrono::DateTime<chrono::Utc>,
    /// Rows of the file that could not be read.
    pub bad_rows: &'a [BadRow],
    /// What the reader noticed about the file (its encoding, columns left out).
    pub notes: &'a [String],
    /// The team's merged feedback from the extension, when given.
    pub feedback: Option<&'a FeedbackExport>,
}

/// Writes the report on `audited` (counted where `counted` says) to `out`.
pub fn write_html(
    out: &mut impl Write,
    context: &ReportContext,
    aggregates: &Aggregates,
    audited: &[Audited],
    counted: impl Fn(&Reply) -> bool,
) -> Result<(), CliError> {
    let page = Page::new(context, aggregates, audited, counted)
        .map_err(|err| CliError::new(format!("cannot draw the report's charts: {err}")))?;
    render(out, "report.html", &page)
}

/// Writes the team's merged feedback as a page of its own: the table and chart of the
/// report's feedback section, made at `generated` from `files`.
pub fn write_feedback_html(
    out: &mut impl Write,
    feedback: &FeedbackExport,
    files: &[String],
    generated: chrono::DateTime<chrono::Utc>,
) -> Result<(), CliError> {
    #[derive(Serialize)]
    struct FeedbackPage<'a> {
        files: &'a [String],
        generated: String,
        feedback: FeedbackView<'a>,
    }
    let page = FeedbackPage {
        files,
        generated: format_date(generated),
        feedback: FeedbackView::new(feedback)
            .map_err(|err| CliError::new(format!("cannot draw the feedback chart: {err}")))?,
    };
    render(out, "feedback-page.html", &page)
}

/// Renders template `name` of the report's templates with `page` to `out`.
fn render(out: &mut impl Write, name: &str, page: &impl Serialize) -> Result<(), CliError> {
    let broken =
        |err: minijinja::Error| CliError::new(format!("the report template is broken: {err}"));
    let mut env = Environment::new();
    for (name, source) in [
        ("report.html", include_str!("report/report.html")),
        ("feedback.html", include_str!("report/feedback.html")),
        (
            "feedback-page.html",
            include_str!("report/feedback-page.html"),
        ),
        ("report.css", include_str!("report/report.css")),
    ] {
        env.add_template(name, source).map_err(broken)?;
    }
    env.get_template(name)
        .map_err(broken)?
        .render_captured_to(page, out)
        .map(|_| ())
        .map_err(|err| CliError::new(format!("cannot write the report: {err}")))
}

/// Everything the template shows.
#[derive(Serialize)]
struct Page<'a> {
    file: &'a str,
    filter: &'a str,
    generated: String,
    a: &'a Aggregates,
    warning_percent: String,
    most_missed: Vec<&'a str>,
    rules: Vec<RuleRow<'a>>,
    months: Vec<MonthRow<'a>>,
    responders: Vec<ResponderRow<'a>>,
    responders_left_out: usize,
    chart_rules: Value,
    chart_months: Option<Value>,
    chart_timing: Value,
    feedback: Option<FeedbackView<'a>>,
    replies: Vec<ShownReply<'a>>,
    bad_rows: &'a [BadRow],
    notes: &'a [String],
}

#[derive(Serialize)]
struct RuleRow<'a> {
    /// Position in `by_rule`: names the rule's filter and CSS class safely.
    index: usize,
    rule: &'a str,
    guideline: &'a str,
    replies: usize,
    findings: usize,
    percent: String,
}

#[derive(Serialize)]
struct MonthRow<'a> {
    month: &'a str,
    replies: usize,
    with_warning: usize,
    percent: String,
}

#[derive(Serialize)]
struct ResponderRow<'a> {
    responder: &'a str,
    replies: usize,
    with_warning: usize,
    percent: String,
    /// Replies each rule flagged, as `rule: n` for the small chart's accessible name.
    described: String,
    chart: Value,
}

/// The feedback section: one row per guideline, most dismissed first, and its chart.
#[derive(Serialize)]
struct FeedbackView<'a> {
    people: u64,
    rows: Vec<FeedbackRow<'a>>,
    chart: Value,
}

#[derive(Serialize)]
struct FeedbackRow<'a> {
    rule: &'a str,
    shown: u64,
    dismissed: u64,
    applied: u64,
    posted_with: u64,
    dismissed_percent: String,
}

impl<'a> FeedbackView<'a> {
    fn new(export: &'a FeedbackExport) -> Result<Self, ChartError> {
        let counts = export.most_dismissed_first();
        let labels: Vec<String> = counts.iter().map(|(rule, _)| rule.to_string()).collect();
        let shares: Vec<f64> = counts.iter().map(|(_, c)| c.dismissed_percent()).collect();
        let chart = svg(charts::horizontal_bars(
            &labels,
            &shares,
            "% of findings shown that were dismissed",
            false,
        )?);
        Ok(Self {
            people: export.people,
            rows: counts
                .into_iter()
                .map(|(rule, c)| FeedbackRow {
                    rule,
                    shown: c.shown,
                    dismissed: c.dismissed,
                    applied: c.applied,
                    posted_with: c.posted_with,
                    dismissed_percent: one_decimal(c.dismissed_percent()),
                })
                .collect(),
            chart,
        })
    }
}

#[derive(Serialize)]
struct ShownReply<'a> {
    line: usize,
    story_url: Option<&'a str>,
    /// Whether `story_url` is a web address the page may link (never `javascript:` and the like).
    linkable: bool,
    posted: Option<String>,
    responder: Option<&'a str>,
    /// Rule indexes, for the filter's CSS classes.
    rules: Vec<usize>,
    warnings: usize,
    segments: Vec<Segment<'a>>,
    findings: Vec<ShownFinding<'a>>,
}

/// A stretch of reply text, marked when a finding points at it.
#[derive(Serialize)]
struct Segment<'a> {
    text: &'a str,
    /// The rules pointing at it, e.g. `takes-sides`; empty when unmarked.
    rules: String,
}

#[derive(Serialize)]
struct ShownFinding<'a> {
    rule: &'a str,
    severity: &'static str,
    message: &'a str,
    flagged: Option<&'a str>,
    suggestion: Option<&'a str>,
}

fn one_decimal(value: f64) -> String {
    format!("{value:.1}%")
}

impl<'a> Page<'a> {
    fn new(
        context: &'a ReportContext,
        a: &'a Aggregates,
        audited: &'a [Audited],
        counted: impl Fn(&Reply) -> bool,
    ) -> Result<Self, ChartError> {
        let rules: Vec<RuleRow> = a
            .by_rule
            .iter()
            .enumerate()
            .map(|(index, r)| RuleRow {
                index,
                rule: &r.rule,
                guideline: &r.guideline,
                replies: r.replies,
                findings: r.findings,
                percent: one_decimal(percent(r.replies, a.replies)),
            })
            .collect();
        let labels: Vec<String> = a.by_rule.iter().map(|r| r.rule.clone()).collect();
        let counts: Vec<f64> = a.by_rule.iter().map(|r| r.replies as f64).collect();
        let months: Vec<MonthRow> = a
            .by_month
            .iter()
            .map(|m| MonthRow {
                month: &m.month,
                replies: m.replies,
                with_warning: m.with_warning,
                percent: one_decimal(percent(m.with_warning, m.replies)),
            })
            .collect();
        let chart_months = if a.by_month.is_empty() {
            None
        } else {
            let labels: Vec<String> = a.by_month.iter().map(|m| m.month.clone()).collect();
            let shares: Vec<f64> = a
                .by_month
                .iter()
                .map(|m| percent(m.with_warning, m.replies))
                .collect();
            Some(svg(charts::trend(&labels, &shares)?))
        };
        let busiest_rule = a
            .by_responder
            .iter()
            .flat_map(|r| r.by_rule.iter().copied())
            .max()
            .unwrap_or(0);
        let responders = a
            .by_responder
            .iter()
            .take(RESPONDERS_SHOWN)
            .map(|r| {
                Ok(ResponderRow {
                    responder: &r.responder,
                    replies: r.replies,
                    with_warning: r.with_warning,
                    percent: one_decimal(percent(r.with_warning, r.replies)),
                    described: labels
                        .iter()
                        .zip(&r.by_rule)
                        .filter(|(_, &n)| n > 0)
                        .map(|(rule, n)| format!("{rule}: {n}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    chart: svg(charts::small_columns(&r.by_rule, busiest_rule)?),
                })
            })
            .collect::<Result<Vec<_>, ChartError>>()?;
        let timing_labels: Vec<String> = a.timing.buckets.iter().map(|b| b.label.clone()).collect();
        let after: Vec<usize> = a.timing.buckets.iter().map(|b| b.after_provider).collect();
        let before: Vec<usize> = a.timing.buckets.iter().map(|b| b.before_provider).collect();
        let unknown: Vec<usize> = a
            .timing
            .buckets
            .iter()
            .map(|b| b.provider_unknown)
            .collect();
        let feedback = context.feedback.map(FeedbackView::new).transpose()?;
        Ok(Self {
            file: context.file,
            filter: &context.filter,
            generated: format_date(context.generated),
            warning_percent: one_decimal(a.warning_percent()),
            most_missed: a.most_missed.iter().map(String::as_str).collect(),
            chart_rules: svg(charts::horizontal_bars(
                &labels,
                &counts,
                "replies flagged",
                true,
            )?),
            chart_months,
            chart_timing: svg(charts::stacked_columns(
                &timing_labels,
                &[
                    ("after a provider reply", &after, charts::BAR),
                    ("no provider reply yet", &before, charts::SECOND),
                    ("not known", &unknown, charts::UNKNOWN),
                ],
            )?),
            feedback,
            replies: worst_replies(a, audited, counted),
            responders,
            responders_left_out: a.by_responder.len().saturating_sub(RESPONDERS_SHOWN),
            bad_rows: context.bad_rows,
            notes: context.notes,
            rules,
            months,
            a,
        })
    }
}

/// An SVG drawn by plotters (its text escaped by plotters), passed to the page as markup.
fn svg(markup: String) -> Value {
    Value::from_safe_string(markup)
}

/// How bad a reply is, for ordering: most warnings, then most findings.
fn badness(findings: &[Finding]) -> (usize, usize) {
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    (warnings, findings.len())
}

/// The counted replies with findings that the page shows, worst first (ties in file order):
/// the worst [`WORST_SHOWN`], and the worst [`WORST_PER_GUIDELINE`] of each guideline.
fn worst_replies<'a>(
    a: &'a Aggregates,
    audited: &'a [Audited],
    counted: impl Fn(&Reply) -> bool,
) -> Vec<ShownReply<'a>> {
    let mut ranked: Vec<usize> = (0..audited.len())
        .filter(|&i| !audited[i].findings.is_empty() && counted(&audited[i].reply))
        .collect();
    ranked.sort_by_key(|&i| std::cmp::Reverse(badness(&audited[i].findings)));
    let mut chosen: BTreeSet<(std::cmp::Reverse<(usize, usize)>, usize)> = ranked
        .iter()
        .take(WORST_SHOWN)
        .map(|&i| (std::cmp::Reverse(badness(&audited[i].findings)), i))
        .collect();
    for rule in &a.by_rule {
        let of_rule = ranked
            .iter()
            .filter(|&&i| audited[i].findings.iter().any(|f| f.rule == rule.rule))
            .take(WORST_PER_GUIDELINE);
        chosen.extend(of_rule.map(|&i| (std::cmp::Reverse(badness(&audited[i].findings)), i)));
    }
    chosen
        .into_iter()
        .map(|(_, i)| shown_reply(a, &audited[i]))
        .collect()
}

fn shown_reply<'a>(a: &'a Aggregates, audited: &'a Audited) -> ShownReply<'a> {
    let reply = &audited.reply;
    let rules: BTreeSet<usize> = audited
        .findings
        .iter()
        .filter_map(|f| a.by_rule.iter().position(|r| r.rule == f.rule))
        .collect();
    ShownReply {
        line: reply.line,
        story_url: reply.story_url.as_deref(),
        linkable: reply.story_url.as_deref().is_some_and(is_web_address),
        posted: reply.posted.map(format_date),
        responder: reply.responder.as_deref(),
        rules: rules.into_iter().collect(),
        warnings: badness(&audited.findings).0,
        segments: segments(&reply.text, &audited.findings),
        findings: audited
            .findings
            .iter()
            .map(|f| ShownFinding {
                rule: &f.rule,
                severity: f.severity.as_str(),
                message: &f.message,
                flagged: f.span.map(|s| s.text(&reply.text)),
                suggestion: f.suggestion.as_deref(),
            })
            .collect(),
    }
}

/// Whether `url` is an `http:` or `https:` address.
fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// `text` cut where findings' spans start and end, each piece with the rules pointing at it.
fn segments<'a>(text: &'a str, findings: &'a [Finding]) -> Vec<Segment<'a>> {
    let spans: Vec<_> = findings
        .iter()
        .filter_map(|f| f.span.map(|s| (s, f.rule.as_str())))
        .filter(|(s, _)| s.start < s.end && s.end <= text.len())
        .collect();
    let mut cuts: BTreeSet<usize> = spans.iter().flat_map(|(s, _)| [s.start, s.end]).collect();
    cuts.insert(0);
    cuts.insert(text.len());
    let cuts: Vec<usize> = cuts.into_iter().collect();
    cuts.windows(2)
        .filter_map(|pair| {
            let (from, to) = (pair[0], pair[1]);
            let piece = text.get(from..to)?;
            let mut rules: Vec<&str> = spans
                .iter()
                .filter(|(s, _)| s.start <= from && to <= s.end)
                .map(|&(_, rule)| rule)
                .collect();
            rules.dedup();
            Some(Segment {
                text: piece,
                rules: rules.join(" "),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use replyguide_engine::Span;

    fn finding(rule: &str, start: usize, end: usize) -> Finding {
        Finding {
            rule: rule.into(),
            severity: Severity::Warning,
            message: String::new(),
            guideline: String::new(),
            why: String::new(),
            span: Some(Span { start, end }),
            suggestion: None,
            related: None,
        }
    }

    #[test]
    fn only_web_addresses_are_linked() {
        assert!(is_web_address("https://www.careopinion.org.uk/1"));
        assert!(is_web_address(" HTTP://x"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("www.careopinion.org.uk/1"));
    }

    #[test]
    fn overlapping_spans_cut_the_text_into_marked_pieces() {
        let text = "You are absolutely right, sadly.";
        let findings = [finding("takes-sides", 4, 24), finding("wording", 8, 18)];
        let pieces: Vec<(&str, String)> = segments(text, &findings)
            .into_iter()
            .map(|s| (s.text, s.rules))
            .collect();
        assert_eq!(
            pieces,
            vec![
                ("You ", String::new()),
                ("are ", "takes-sides".to_string()),
                ("absolutely", "takes-sides wording".to_string()),
                (" right", "takes-sides".to_string()),
                (", sadly.", String::new()),
            ]
        );
    }
}
