//! The audit's three output formats and its per-rule summary.

use std::fmt::Write as _;
use std::io::{self, Write};

use replyguide_engine::{Report, ReportedFinding};
use serde::Serialize;

use super::aggregates::Aggregates;
use super::Audited;
use crate::feedback::FeedbackExport;
use crate::inputs::format_date;
use crate::render;

/// How many replies were checked, and how many each rule flagged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Replies checked.
    pub replies: usize,
    /// Replies with at least one finding.
    pub replies_with_findings: usize,
    /// For every rule in force, in registry order: the replies it flagged.
    pub by_rule: Vec<RuleCount>,
}

/// The replies one rule flagged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleCount {
    /// Rule id.
    pub rule: String,
    /// Replies with at least one finding of this rule.
    pub replies: usize,
}

impl Summary {
    /// Counts `audited` against every rule in `rule_ids`.
    pub fn new(rule_ids: &[String], audited: &[Audited]) -> Self {
        let flags = |rule: &str| {
            audited
                .iter()
                .filter(|a| a.findings.iter().any(|f| f.rule == rule))
                .count()
        };
        Self {
            replies: audited.len(),
            replies_with_findings: audited.iter().filter(|a| !a.findings.is_empty()).count(),
            by_rule: rule_ids
                .iter()
                .map(|rule| RuleCount {
                    rule: rule.clone(),
                    replies: flags(rule),
                })
                .collect(),
        }
    }

    /// The summary as a small table.
    pub fn text(&self) -> String {
        let mut out = format!(
            "{} replies checked, {} with findings.\n",
            self.replies, self.replies_with_findings
        );
        let width = self.by_rule.iter().map(|r| r.rule.len()).max().unwrap_or(0);
        for count in &self.by_rule {
            let _ = writeln!(out, "  {:<width$}  {:>6}", count.rule, count.replies);
        }
        out
    }
}

/// `{"replies": [{"line", "story_url", "posted", "responder", "findings": […]}], "summary": {…},
/// "aggregates": {…}, "feedback"?: {…}}`, with findings exactly as `check --format json` reports
/// them, the aggregates the HTML report draws and the team's merged feedback when given.
pub fn write_json(
    out: &mut impl Write,
    audited: &[Audited],
    summary: &Summary,
    aggregates: &Aggregates,
    feedback: Option<&FeedbackExport>,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct ReplyReport<'a> {
        line: usize,
        story_url: Option<&'a str>,
        posted: Option<String>,
        responder: Option<&'a str>,
        findings: Vec<ReportedFinding>,
    }
    #[derive(Serialize)]
    struct AuditReport<'a> {
        replies: Vec<ReplyReport<'a>>,
        summary: &'a Summary,
        aggregates: &'a Aggregates,
        #[serde(skip_serializing_if = "Option::is_none")]
        feedback: Option<&'a FeedbackExport>,
    }
    let replies = audited
        .iter()
        .map(|a| ReplyReport {
            line: a.reply.line,
            story_url: a.reply.story_url.as_deref(),
            posted: a.reply.posted.map(format_date),
            responder: a.reply.responder.as_deref(),
            findings: Report::new(&a.reply.text, &a.findings).findings,
        })
        .collect();
    let report = AuditReport {
        replies,
        summary,
        aggregates,
        feedback,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

/// One row per finding: `line,story_url,posted,rule,severity,start,end,flagged,message`
/// (`start`/`end` in UTF-16 code units, as in JSON; `flagged` is the text they cover).
pub fn write_csv(out: &mut impl Write, audited: &[Audited]) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "line",
        "story_url",
        "posted",
        "rule",
        "severity",
        "start",
        "end",
        "flagged",
        "message",
    ])?;
    for a in audited {
        let reported = Report::new(&a.reply.text, &a.findings).findings;
        for (finding, shown) in a.findings.iter().zip(reported) {
            let offset = |o: Option<usize>| o.map(|o| o.to_string()).unwrap_or_default();
            writer.write_record([
                a.reply.line.to_string(),
                a.reply.story_url.clone().unwrap_or_default(),
                a.reply.posted.map(format_date).unwrap_or_default(),
                shown.rule,
                shown.severity.as_str().to_string(),
                offset(shown.start),
                offset(shown.end),
                finding
                    .span
                    .map(|s| s.text(&a.reply.text))
                    .unwrap_or_default()
                    .to_string(),
                shown.message,
            ])?;
        }
    }
    writer.flush()
}

/// Each reply with findings, headed by where it is in `file`, then the summary.
pub fn text(file: &str, audited: &[Audited], summary: &Summary) -> String {
    let mut out = String::new();
    for a in audited.iter().filter(|a| !a.findings.is_empty()) {
        let _ = write!(out, "== {file} line {}", a.reply.line);
        if let Some(url) = &a.reply.story_url {
            let _ = write!(out, ": {url}");
        }
        if let Some(posted) = a.reply.posted {
            let _ = write!(out, " (posted {})", format_date(posted));
        }
        out.push('\n');
        out.push_str(&render::findings_text("reply", &a.reply.text, &a.findings));
        out.push('\n');
    }
    out.push_str(&summary.text());
    out
}
