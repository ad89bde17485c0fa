//! Per-rule precision, recall and F1 over a set of cases, at any severity and for warnings only,
//! with every disagreement between the rules and the labels listed.

use std::fmt::Write;

use replyguide_engine::{rules, Finding, Severity};

use super::Case;

/// Counts for one rule (or for all rules together).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Expected and fired.
    pub true_positives: usize,
    /// Fired, not expected.
    pub false_positives: usize,
    /// Expected, silent.
    pub false_negatives: usize,
}

impl Counts {
    fn add(&mut self, expected: bool, fired: bool) {
        match (expected, fired) {
            (true, true) => self.true_positives += 1,
            (false, true) => self.false_positives += 1,
            (true, false) => self.false_negatives += 1,
            (false, false) => {}
        }
    }

    fn merge(&mut self, other: Counts) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }

    /// Of the times the rule fired, how often it was expected (1 when it never fired).
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// Of the times the rule was expected, how often it fired (1 when it never was).
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// One rule's scores.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleScore {
    /// Rule id.
    pub rule: &'static str,
    /// A finding of any severity counts as firing.
    pub any: Counts,
    /// Only a warning counts as firing.
    pub warnings: Counts,
}

/// A disagreement between a rule and a case's labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Case id.
    pub case: String,
    /// Rule id.
    pub rule: &'static str,
    /// True when the rule fired unexpectedly; false when it was expected and stayed silent.
    pub fired: bool,
    /// The words the rule flagged (`(whole draft)` for a finding without a span), with severity.
    pub flagged: Vec<String>,
    /// Every rule that fired on the case, for context.
    pub all_fired: Vec<String>,
    /// The case's note.
    pub note: String,
}

/// The scores of a set of cases.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// How many cases were scored.
    pub cases: usize,
    /// Per rule, in the order of the built-in rules.
    pub rules: Vec<RuleScore>,
    /// Every failure, in case order.
    pub failures: Vec<Outcome>,
    /// Cases that could not be checked (bad config, story or date), with the reason.
    pub errors: Vec<(String, String)>,
    /// Cases in a language other than English, and how many of them got the `language` notice.
    pub not_english: (usize, usize),
}

impl Evaluation {
    /// All rules together (micro average), at any severity.
    pub fn micro(&self) -> Counts {
        let mut total = Counts::default();
        for rule in &self.rules {
            total.merge(rule.any);
        }
        total
    }

    /// All rules together (micro average), warnings only.
    pub fn micro_warnings(&self) -> Counts {
        let mut total = Counts::default();
        for rule in &self.rules {
            total.merge(rule.warnings);
        }
        total
    }

    /// The score of rule `id`.
    pub fn rule(&self, id: &str) -> Option<&RuleScore> {
        self.rules.iter().find(|r| r.rule == id)
    }

    /// The per-rule table with micro totals, as text.
    pub fn table(&self, title: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{title}: {} cases", self.cases);
        let _ = writeln!(
            out,
            "{:<24} {:>4} {:>4} {:>4}  {:>5} {:>5} {:>5}   warnings: {:>5} {:>5} {:>5}",
            "rule", "tp", "fp", "fn", "P", "R", "F1", "P", "R", "F1"
        );
        let line = |out: &mut String, name: &str, any: Counts, warnings: Counts| {
            let _ = writeln!(
                out,
                "{:<24} {:>4} {:>4} {:>4}  {:>5.3} {:>5.3} {:>5.3}             {:>5.3} {:>5.3} {:>5.3}",
                name,
                any.true_positives,
                any.false_positives,
                any.false_negatives,
                any.precision(),
                any.recall(),
                any.f1(),
                warnings.precision(),
                warnings.recall(),
                warnings.f1()
            );
        };
        for rule in &self.rules {
            line(&mut out, rule.rule, rule.any, rule.warnings);
        }
        line(&mut out, "micro", self.micro(), self.micro_warnings());
        if self.not_english.0 > 0 {
            let _ = writeln!(
                out,
                "not English: {} cases, {} with the language notice",
                self.not_english.0, self.not_english.1
            );
        }
        for (case, error) in &self.errors {
            let _ = writeln!(out, "error: {case}: {error}");
        }
        out
    }

    /// Every failure, one a line: case, rule, fired or missed, flagged words.
    pub fn confusion(&self) -> String {
        let mut out = String::new();
        for f in &self.failures {
            let _ = writeln!(
                out,
                "{:<14} {:<24} {:<6} {}  [fired: {}]  {}",
                f.case,
                f.rule,
                if f.fired { "FIRED" } else { "MISSED" },
                f.flagged.join(" | "),
                f.all_fired.join(","),
                f.note
            );
        }
        out
    }
}

/// The words `finding` flags in `draft`, with its severity.
fn flagged(draft: &str, finding: &Finding) -> String {
    let words = match finding.span {
        Some(span) => format!("\u{201c}{}\u{201d}", span.text(draft)),
        None => "(whole draft)".to_string(),
    };
    format!("{} {words}", finding.severity.as_str())
}

/// Checks every case and scores every built-in rule.
pub fn evaluate(cases: &[Case]) -> Evaluation {
    let ids = rules::builtin_ids();
    let mut scores: Vec<RuleScore> = ids
        .iter()
        .map(|&rule| RuleScore {
            rule,
            any: Counts::default(),
            warnings: Counts::default(),
        })
        .collect();
    let mut failures = Vec::new();
    let mut errors = Vec::new();
    let mut not_english = (0, 0);
    for case in cases {
        let findings = match case.check() {
            Ok(findings) => findings,
            Err(error) => {
                errors.push((case.id.clone(), error));
                continue;
            }
        };
        if case
            .language
            .as_deref()
            .is_some_and(|l| !l.starts_with("en"))
        {
            not_english.0 += 1;
            if findings.iter().any(|f| f.rule == "language") {
                not_english.1 += 1;
            }
        }
        let mut all_fired: Vec<String> = Vec::new();
        for f in &findings {
            if !all_fired.contains(&f.rule) {
                all_fired.push(f.rule.clone());
            }
        }
        for score in &mut scores {
            let mine: Vec<&Finding> = findings.iter().filter(|f| f.rule == score.rule).collect();
            let expected = case.expect.iter().any(|e| e == score.rule);
            let fired = !mine.is_empty();
            score.any.add(expected, fired);
            score.warnings.add(
                expected,
                mine.iter().any(|f| f.severity == Severity::Warning),
            );
            if expected != fired {
                failures.push(Outcome {
                    case: case.id.clone(),
                    rule: score.rule,
                    fired,
                    flagged: mine.iter().map(|f| flagged(&case.draft, f)).collect(),
                    all_fired: all_fired.clone(),
                    note: case.note.clone().unwrap_or_default(),
                });
            }
        }
    }
    Evaluation {
        cases: cases.len() - errors.len(),
        rules: scores,
        failures,
        errors,
        not_english,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_score_precision_recall_and_f1() {
        let counts = Counts {
            true_positives: 8,
            false_positives: 2,
            false_negatives: 8,
        };
        assert!((counts.precision() - 0.8).abs() < 1e-9);
        assert!((counts.recall() - 0.5).abs() < 1e-9);
        assert!((counts.f1() - 0.8 / 1.3).abs() < 1e-9);
    }

    #[test]
    fn an_unexpected_finding_is_a_false_positive_and_a_silent_rule_a_miss() {
        let case = |draft: &str, expect: &str| -> Case {
            serde_json::from_value(serde_json::json!({
                "id": draft, "now": "2026-11-23T12:00:00Z", "draft": draft,
                "story": {"body": "The ward was noisy."}, "expect": [expect]
            }))
            .unwrap()
        };
        let evaluation = evaluate(&[
            case(
                "Dear Sam, that is disgraceful. Call 0161 496 0000.",
                "offers-guidance",
            ),
            case("Dear Sam, thank you. Call 0161 496 0000.", "takes-sides"),
        ]);
        let takes_sides = evaluation.rule("takes-sides").unwrap().any;
        assert_eq!(
            (
                takes_sides.true_positives,
                takes_sides.false_positives,
                takes_sides.false_negatives
            ),
            (0, 1, 1)
        );
        assert!(evaluation
            .failures
            .iter()
            .any(|f| f.fired && f.flagged[0].contains("that is disgraceful")));
    }
}
