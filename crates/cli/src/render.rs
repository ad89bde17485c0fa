//! The human-readable report: each finding with the draft line it points at and a `^~~~`
//! underline beneath the flagged words. Underlines are measured in display columns, so accented
//! letters, curly quotes and emoji line up in a terminal.
//!
//! ```text
//! warning[takes-sides]: This may read as taking sides. …
//!  --> draft.txt:3:11
//!   |
//! 3 | Dear Sam, you are absolutely right, and they should be ashamed.
//!   |           ^~~~~~~~~~~~~~~~~~~~~~~~
//!   = guideline: Be wary of appearing to take sides in a discussion.
//! ```

use std::fmt::Write;

use replyguide_engine::{Finding, RelatedReply, Severity, Span};
use unicode_width::UnicodeWidthStr;

/// Characters of context shown either side of a flagged span on a long line.
const CONTEXT_CHARS: usize = 40;

/// The full `check` report: every finding (whole-draft ones first, as the engine orders them),
/// then a tally.
pub fn report(origin: &str, draft: &str, findings: &[Finding]) -> String {
    let mut out = findings_text(origin, draft, findings);
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&tally(findings));
    out
}

/// Every finding as a block, blocks separated by a blank line; empty when there are none.
pub fn findings_text(origin: &str, draft: &str, findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|finding| finding_block(origin, draft, finding))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `2 warnings, 1 hint.` or `No findings.`, with a newline.
pub fn tally(findings: &[Finding]) -> String {
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    let parts: Vec<String> = [(Severity::Warning, "warning"), (Severity::Hint, "hint")]
        .into_iter()
        .map(|(severity, noun)| (count(severity), noun))
        .filter(|&(n, _)| n > 0)
        .map(|(n, noun)| format!("{n} {noun}{}", if n == 1 { "" } else { "s" }))
        .collect();
    if parts.is_empty() {
        "No findings.\n".to_string()
    } else {
        format!("{}.\n", parts.join(", "))
    }
}

/// One finding: header, location, the flagged lines underlined, then notes.
fn finding_block(origin: &str, draft: &str, finding: &Finding) -> String {
    let mut out = format!(
        "{}[{}]: {}\n",
        finding.severity.as_str(),
        finding.rule,
        finding.message
    );
    let slices = finding
        .span
        .map(|span| flagged_lines(draft, span))
        .unwrap_or_default();
    let gutter = slices.last().map_or(1, |s| s.number.to_string().len());
    let pad = " ".repeat(gutter);
    match slices.first() {
        Some(first) => {
            let column = first.line[..first.from].chars().count() + 1;
            let _ = writeln!(out, "{pad}--> {origin}:{}:{column}", first.number);
            let _ = writeln!(out, "{pad} |");
            for (i, slice) in slices.iter().enumerate() {
                let shown = slice.excerpt();
                let mark = if i == 0 { "^" } else { "~" };
                let underline = format!("{mark}{}", "~".repeat(shown.width.saturating_sub(1)));
                let _ = writeln!(out, "{:>gutter$} | {}", slice.number, shown.text);
                let _ = writeln!(out, "{pad} | {}{underline}", " ".repeat(shown.lead));
            }
        }
        None => {
            let _ = writeln!(out, "{pad}--> {origin} (whole reply)");
        }
    }
    for note in notes(finding) {
        let _ = writeln!(out, "{pad} = {note}");
    }
    out
}

/// The suggestion, the earlier reply (for repeats) and the guideline.
fn notes(finding: &Finding) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(suggestion) = &finding.suggestion {
        notes.push(format!("suggestion: {suggestion}"));
    }
    if let Some(related) = &finding.related {
        notes.push(format!("earlier reply: {}", describe_related(related)));
    }
    notes.push(format!("guideline: {}", finding.guideline));
    notes
}

/// `https://…/1021152 (posted 2026-10-01T09:00:00Z), 94% alike`.
fn describe_related(related: &RelatedReply) -> String {
    let mut text = related
        .story_url
        .clone()
        .unwrap_or_else(|| "another story".to_string());
    if let Some(posted) = &related.posted {
        let _ = write!(text, " (posted {posted})");
    }
    // Whole percent, rounded down as the rules' messages do, so the two never disagree.
    let _ = write!(text, ", {}% alike", (related.similarity * 100.0).floor());
    text
}

/// The part of one draft line that a span covers.
struct LineSlice {
    /// 1-based line number.
    number: usize,
    /// The whole line, tabs shown as spaces, without its line break.
    line: String,
    /// Byte range of the flagged part within `line`.
    from: usize,
    to: usize,
}

/// What is printed for a slice: the (possibly shortened) line and where the underline goes.
struct Excerpt {
    text: String,
    /// Display columns before the underline.
    lead: usize,
    /// Display columns of the underline (at least 1).
    width: usize,
}

/// Every line `span` touches, with the part it covers. A span between lines (or empty) shows as
/// a single caret where it starts.
fn flagged_lines(draft: &str, span: Span) -> Vec<LineSlice> {
    let mut slices = Vec::new();
    let mut line_start = 0;
    for (index, raw) in draft.split_inclusive('\n').enumerate() {
        let content = raw.trim_end_matches(['\n', '\r']);
        let line_end = line_start + content.len();
        let from = span.start.clamp(line_start, line_end) - line_start;
        let to = span.end.clamp(line_start, line_end) - line_start;
        let touches =
            from < to || (span.is_empty() && (line_start..=line_end).contains(&span.start));
        if touches {
            slices.push(LineSlice {
                number: index + 1,
                from: floor_char_boundary(content, from),
                to: floor_char_boundary(content, to),
                line: content.replace('\t', " "),
            });
        }
        line_start += raw.len();
    }
    slices
}

impl LineSlice {
    /// The line around the flagged part, cut to [`CONTEXT_CHARS`] either side at word breaks.
    fn excerpt(&self) -> Excerpt {
        let line = self.line.as_str();
        let start = window_start(line, self.from);
        let end = window_end(line, self.to);
        let prefix = if start > 0 { "…" } else { "" };
        let suffix = if end < line.len() { "…" } else { "" };
        Excerpt {
            text: format!("{prefix}{}{suffix}", &line[start..end]),
            lead: prefix.width() + line[start..self.from].width(),
            width: line[self.from..self.to].width().max(1),
        }
    }
}

/// Where a shortened line starts: about [`CONTEXT_CHARS`] before `from`, at a word start.
fn window_start(line: &str, from: usize) -> usize {
    let before = &line[..from];
    match before.char_indices().rev().nth(CONTEXT_CHARS) {
        None => 0,
        Some((cut, _)) => before[cut..].find(' ').map_or(cut, |space| cut + space + 1),
    }
}

/// Where a shortened line ends: about [`CONTEXT_CHARS`] after `to`, at a word end.
fn window_end(line: &str, to: usize) -> usize {
    let after = &line[to..];
    match after.char_indices().nth(CONTEXT_CHARS) {
        None => line.len(),
        Some((cut, _)) => to + after[..cut].rfind(' ').unwrap_or(cut),
    }
}

/// The largest character boundary of `text` at or before `index`.
fn floor_char_boundary(text: &str, index: usize) -> usize {
    (0..=index.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(span: Option<Span>) -> Finding {
        Finding {
            rule: "takes-sides".into(),
            severity: Severity::Warning,
            message: "This may read as taking sides.".into(),
            guideline: "Be wary of appearing to take sides in a discussion.".into(),
            why: String::new(),
            span,
            suggestion: None,
            related: None,
        }
    }

    fn underline_of(draft: &str, flagged: &str) -> String {
        let start = draft.find(flagged).unwrap();
        let span = Span::new(start, start + flagged.len());
        let text = report("d.txt", draft, &[finding(Some(span))]);
        let lines: Vec<&str> = text.lines().collect();
        let shown = lines[3].split_once(" | ").unwrap().1;
        let marks = lines[4].split_once(" | ").unwrap().1;
        let lead = marks.len() - marks.trim_start().len();
        let under: String = shown
            .chars()
            .skip(lead)
            .take(marks.trim().chars().count())
            .collect();
        assert_eq!(marks.trim().chars().count(), flagged.chars().count());
        under
    }

    #[test]
    fn underline_sits_under_the_flagged_words_after_accents() {
        assert_eq!(underline_of("Zoë, café: so wrong", "so wrong"), "so wrong");
    }

    #[test]
    fn emoji_take_two_columns() {
        let draft = "Hello 😊 you are right";
        let start = draft.find("you").unwrap();
        let text = report(
            "d.txt",
            draft,
            &[finding(Some(Span::new(start, draft.len())))],
        );
        assert!(text.contains("\n  |          ^~~~~~~~~~~~~\n"), "{text}");
    }

    #[test]
    fn long_lines_are_cut_at_word_breaks() {
        let draft = format!(
            "{} the flagged words {}",
            "lead ".repeat(30),
            "tail ".repeat(30)
        );
        let start = draft.find("flagged").unwrap();
        let text = report(
            "d.txt",
            &draft,
            &[finding(Some(Span::new(start, start + 7)))],
        );
        let shown = text.lines().nth(3).unwrap();
        assert!(shown.contains("| …lead "), "{shown}");
        assert!(shown.ends_with(" tail…"), "{shown}");
    }

    #[test]
    fn span_over_two_lines_underlines_both() {
        let draft = "First line ends\nsecond begins here";
        let start = draft.find("ends").unwrap();
        let end = draft.find(" here").unwrap();
        let text = report("d.txt", draft, &[finding(Some(Span::new(start, end)))]);
        assert!(
            text.contains("1 | First line ends\n  |            ^~~~\n"),
            "{text}"
        );
        assert!(
            text.contains("2 | second begins here\n  | ~~~~~~~~~~~~~\n"),
            "{text}"
        );
    }

    #[test]
    fn whole_draft_findings_have_no_underline() {
        let text = report("d.txt", "Hello", &[finding(None)]);
        assert!(text.contains(" --> d.txt (whole reply)\n"), "{text}");
        assert!(!text.contains('^'));
        assert!(text.ends_with("\n1 warning.\n"), "{text}");
    }

    #[test]
    fn no_findings_says_so() {
        assert_eq!(report("d.txt", "Hello", &[]), "No findings.\n");
    }
}
