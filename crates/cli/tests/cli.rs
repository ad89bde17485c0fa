//! The `replyguide` binary run as a user runs it: arguments, exit codes, messages and output shapes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const NOW: &str = "2026-11-23T12:00:00Z";

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn example(name: &str) -> String {
    examples().join(name).display().to_string()
}

/// Runs `replyguide args…`, feeding `stdin`.
fn run_with_input(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_replyguide"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("replyguide starts");
    // A run that fails on bad input may exit before reading its input: a closed pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn run(args: &[&str]) -> Output {
    run_with_input(args, "")
}

fn stdout(output: &Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Asserts the run failed on bad input (status 2) and returns its message.
fn bad_input_message(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty(), "{output:?}");
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// Writes `contents` to a fresh file named `name` in the test scratch directory.
fn scratch_file(name: &str, contents: &str) -> String {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, contents).unwrap();
    path.display().to_string()
}

#[test]
fn rules_lists_the_twelve_builtin_rules() {
    let text = stdout(&run(&["rules"]));
    let ids = replyguide_engine::rules::builtin_ids();
    assert_eq!(ids.len(), 12);
    assert_eq!(text.lines().count(), 12, "{text}");
    for (line, id) in text.lines().zip(ids) {
        assert!(line.starts_with(id), "{line}");
        assert!(line.contains("warning") || line.contains("hint"), "{line}");
    }
}

#[test]
fn check_json_has_the_interfaces_shape() {
    let output = run(&[
        "check",
        "--story",
        &example("story.json"),
        "--config",
        &example("org.json"),
        "--history",
        &example("history.jsonl"),
        "--now",
        NOW,
        "--format",
        "json",
        &example("draft.txt"),
    ]);
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let findings = report["findings"].as_array().expect("findings array");
    assert!(!findings.is_empty());
    for finding in findings {
        for field in ["rule", "severity", "message", "guideline"] {
            assert!(finding[field].is_string(), "{field} in {finding}");
        }
        assert!(["warning", "hint"].contains(&finding["severity"].as_str().unwrap()));
        assert!(finding.get("suggestion").is_some(), "{finding}");
        let (start, end) = (&finding["start"], &finding["end"]);
        assert!(
            (start.is_null() && end.is_null()) || start.as_u64() <= end.as_u64(),
            "{finding}"
        );
    }
    assert!(findings.iter().any(|f| f["rule"] == "takes-sides"));
}

#[test]
fn check_reports_utf16_offsets_after_emoji() {
    let draft = "😀😀 Dear Zoë, you are absolutely right.";
    let output = run_with_input(&["check", "--now", NOW, "--format", "json", "-"], draft);
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "takes-sides")
        .expect("takes-sides finding");
    let utf16: Vec<u16> = draft.encode_utf16().collect();
    let (start, end) = (
        finding["start"].as_u64().unwrap() as usize,
        finding["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        String::from_utf16(&utf16[start..end]).unwrap(),
        "you are absolutely right"
    );
}

#[test]
fn check_text_underlines_the_flagged_words() {
    let output = run_with_input(
        &["check", "--now", NOW],
        "Dear Sam, you are absolutely right.\n",
    );
    let text = stdout(&output);
    assert!(text.contains(" --> <stdin>:1:11\n"), "{text}");
    assert!(
        text.contains(
            "1 | Dear Sam, you are absolutely right.\n  |           ^~~~~~~~~~~~~~~~~~~~~~~~\n"
        ),
        "{text}"
    );
}

#[test]
fn bad_history_line_is_named() {
    let history = scratch_file(
        "bad-history.jsonl",
        "{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\", \"posted\": \"2026-11-\"}\n",
    );
    let output = run_with_input(&["check", "--history", &history, "-"], "Hello");
    assert_eq!(
        bad_input_message(&output),
        format!("error: {history} line 3: posted: premature end of input\n")
    );
}

#[test]
fn unknown_config_field_is_named() {
    let config = scratch_file(
        "typo-org.json",
        r#"{"organisation": {"nmae": "Healthwatch"}}"#,
    );
    let message = bad_input_message(&run(&["config", "validate", &config]));
    assert!(
        message.starts_with(&format!(
            "error: {config}: organisation.nmae: unknown field `nmae`"
        )),
        "{message}"
    );
}

#[test]
fn config_value_in_words_is_named() {
    let config = scratch_file(
        "words-org.json",
        r#"{"rules": {"too-early": {"wait_days": "two weeks"}}}"#,
    );
    let output = run_with_input(&["check", "--config", &config, "-"], "Hello");
    assert_eq!(
        bad_input_message(&output),
        format!("error: {config}: rules.too-early.wait_days: expected a number of days, got \"two weeks\"\n")
    );
}

#[test]
fn valid_config_is_reported_valid() {
    let text = stdout(&run(&["config", "validate", &example("org.json")]));
    assert!(text.contains("valid"), "{text}");
}

#[test]
fn unreadable_draft_is_named() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-draft.txt");
    let missing = missing.display().to_string();
    assert_eq!(
        bad_input_message(&run(&["check", &missing])),
        format!("error: cannot read {missing}: No such file or directory\n")
    );
}

#[test]
fn bad_now_is_refused() {
    let output = run_with_input(&["check", "--now", "next tuesday", "-"], "Hello");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn audit_jsonl_reports_every_reply_and_a_summary() {
    let output = run(&[
        "audit",
        "--config",
        &example("org.json"),
        "--now",
        NOW,
        "--format",
        "json",
        &example("replies.jsonl"),
    ]);
    let audit: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let lines: Vec<u64> = audit["replies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![1, 2, 3, 4, 5]);
    assert_eq!(audit["summary"]["replies"], 5);
    let by_rule = audit["summary"]["by_rule"].as_array().unwrap();
    assert_eq!(by_rule.len(), 12);
    let takes_sides = by_rule.iter().find(|r| r["rule"] == "takes-sides").unwrap();
    assert_eq!(takes_sides["replies"], 1, "only line 5 takes sides");
}

#[test]
fn audit_csv_writes_one_row_per_finding() {
    let output = run(&[
        "audit",
        "--config",
        &example("org.json"),
        "--format",
        "csv",
        &example("replies.csv"),
    ]);
    let text = stdout(&output);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "line",
            "story_url",
            "posted",
            "rule",
            "severity",
            "start",
            "end",
            "flagged",
            "message"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(
        rows.iter()
            .any(|r| &r[3] == "organisational-voice" && &r[7] == "In my opinion"),
        "{text}"
    );
    assert!(
        rows.iter().all(|r| ["2", "3", "4"].contains(&&r[0])),
        "{text}"
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("3 replies checked"));
}

#[test]
fn audit_text_names_the_file_line_of_each_reply() {
    let text = stdout(&run(&["audit", "--now", NOW, &example("replies.jsonl")]));
    assert!(
        text.contains("replies.jsonl line 5: https://www.careopinion.org.uk/1347702"),
        "{text}"
    );
    assert!(text.contains("5 replies checked"), "{text}");
}

#[test]
fn audit_names_the_malformed_line() {
    let mut lines: Vec<String> = (1..=20)
        .map(|i| format!("{{\"text\": \"Dear author {i}, thank you for your story.\"}}"))
        .collect();
    lines[16] = "{\"text\": \"unterminated".to_string();
    let replies = scratch_file("malformed.jsonl", &lines.join("\n"));
    let message = bad_input_message(&run(&["audit", &replies]));
    assert!(
        message.starts_with(&format!("error: {replies} line 17: ")),
        "{message}"
    );
}

#[test]
fn audit_refuses_other_file_kinds() {
    let replies = scratch_file("replies.txt", "hello");
    let message = bad_input_message(&run(&["audit", &replies]));
    assert!(
        message.contains("expected a .jsonl or .csv file"),
        "{message}"
    );
}

#[test]
fn audit_flags_a_repeat_only_where_it_repeats_an_earlier_line() {
    let output = run(&[
        "audit",
        "--config",
        &example("org.json"),
        "--format",
        "json",
        &example("replies.jsonl"),
    ]);
    let audit: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let repeated: Vec<u64> = audit["replies"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| {
            r["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["rule"] == "repeated-response")
        })
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(
        repeated,
        vec![4],
        "line 4 repeats line 2; line 2 came first"
    );
}

/// The spreadsheet example's own column titles.
const SPREADSHEET_COLUMNS: &str =
    "text=Response,posted=Date,story_url=Link,responder=Responder,story_posted=Story date";

/// Runs `audit --format html` with `args` into a scratch file and returns the page and stderr.
fn html_report(name: &str, args: &[&str]) -> (String, String) {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let out_arg = out.display().to_string();
    let mut all = vec!["audit", "--format", "html", "--now", NOW, "--out", &out_arg];
    all.extend_from_slice(args);
    let output = run(&all);
    assert!(stdout(&output).is_empty(), "the page goes to --out");
    (
        std::fs::read_to_string(&out).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn audit_html_is_one_self_contained_page_with_charts_and_tables() {
    let (page, _) = html_report("report.html", &[&example("replies.jsonl")]);
    assert!(page.starts_with("<!doctype html>"), "{page}");
    for external in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!page.contains(external), "{external} in the page");
    }
    let small_multiples = page.matches(r#"class="small-multiple""#).count();
    assert_eq!(small_multiples, 2, "one per responder");
    assert_eq!(
        page.matches("<svg").count() - small_multiples,
        3,
        "guideline, month, timing"
    );
    assert!(page.contains(r#"<dd id="figure-replies">5</dd>"#), "{page}");
    assert!(page.contains("Sam Okoro") && page.contains("Jo Patel"));
    // Line 5 takes sides: its words are marked and it can be shown alone.
    assert!(page.contains("<mark title=\"takes-sides\">"), "{page}");
    assert!(page.contains(":checked ~ .replies > .reply:not(.g-"));
    // Reply text is escaped, not markup.
    assert!(!page.contains("<br>Dear"), "{page}");
}

#[test]
fn audit_html_reads_a_spreadsheet_through_the_column_map_and_lists_bad_rows() {
    let (page, stderr) = html_report(
        "spreadsheet.html",
        &[
            "--columns",
            SPREADSHEET_COLUMNS,
            &example("replies-spreadsheet.csv"),
        ],
    );
    assert!(
        stderr.contains("replies-spreadsheet.csv line 4: posted: expected a date"),
        "{stderr}"
    );
    assert!(page.contains(r#"<dd id="figure-replies">3</dd>"#), "{page}");
    assert!(page.contains("Rows not read"), "{page}");
    assert!(
        page.contains(r#"<th scope="row" class="num">4</th>"#),
        "{page}"
    );
}

#[test]
fn audit_json_carries_the_aggregates_and_the_filters() {
    let output = run(&[
        "audit",
        "--format",
        "json",
        "--now",
        NOW,
        "--since",
        "2026-10-01",
        "--until",
        "2026-11-30",
        "--responder",
        "jo patel",
        &example("replies.jsonl"),
    ]);
    let audit: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let aggregates = &audit["aggregates"];
    let responders: Vec<&str> = aggregates["by_responder"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["responder"].as_str().unwrap())
        .collect();
    assert_eq!(responders, vec!["Jo Patel"]);
    let counted = aggregates["replies"].as_u64().unwrap();
    assert_eq!(audit["summary"]["replies"], counted);
    assert_eq!(audit["replies"].as_array().unwrap().len() as u64, counted);
    assert!(counted > 0 && counted < 5, "{aggregates}");
    for reply in audit["replies"].as_array().unwrap() {
        assert_eq!(reply["responder"], "Jo Patel");
        let posted = reply["posted"].as_str().unwrap();
        assert!(("2026-10-01".."2026-12-01").contains(&posted), "{posted}");
    }
    let months: u64 = aggregates["by_month"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["replies"].as_u64().unwrap())
        .sum();
    assert_eq!(months, counted);
}

#[test]
fn audit_text_still_stops_at_a_bad_row() {
    let message = bad_input_message(&run(&[
        "audit",
        "--columns",
        SPREADSHEET_COLUMNS,
        &example("replies-spreadsheet.csv"),
    ]));
    assert!(
        message.starts_with("error: ")
            && message.contains("replies-spreadsheet.csv line 4: posted:"),
        "{message}"
    );
}

#[test]
fn audit_refuses_a_bad_column_map_and_a_missing_column() {
    let message = bad_input_message(&run(&[
        "audit",
        "--columns",
        "posted=Date",
        &example("replies.csv"),
    ]));
    assert!(message.contains("text=…"), "{message}");
    let message = bad_input_message(&run(&[
        "audit",
        "--columns",
        "text=Reply text",
        &example("replies-spreadsheet.csv"),
    ]));
    assert!(
        message.contains("line 1: no column `Reply text` in the header row"),
        "{message}"
    );
}

#[test]
fn feedback_merge_adds_up_exports_and_the_report_shows_them() {
    let one = scratch_file(
        "feedback-one.json",
        r#"{"format": "replyguide-feedback", "version": 1, "exported": "2026-12-01T10:00:00Z",
            "guidelines": {"takes-sides": {"shown": 4, "dismissed": 3, "applied": 1, "posted_with": 0}}}"#,
    );
    let two = scratch_file(
        "feedback-two.json",
        r#"{"format": "replyguide-feedback", "version": 1,
            "guidelines": {"takes-sides": {"shown": 6, "dismissed": 5, "applied": 0, "posted_with": 1},
                           "too-early": {"shown": 2, "dismissed": 0, "applied": 0, "posted_with": 2}}}"#,
    );
    let merged: Value =
        serde_json::from_str(&stdout(&run(&["feedback", "merge", &one, &two]))).unwrap();
    assert_eq!(merged["people"], 2);
    assert_eq!(merged["guidelines"]["takes-sides"]["shown"], 10);
    assert_eq!(merged["guidelines"]["takes-sides"]["dismissed"], 8);
    let merged_file = scratch_file("feedback-merged.json", &merged.to_string());
    let (page, _) = html_report(
        "feedback.html",
        &["--feedback", &merged_file, &example("replies.jsonl")],
    );
    assert!(page.contains("What the team did with the advice"), "{page}");
    assert!(
        page.contains("80.0%"),
        "8 of 10 takes-sides findings dismissed"
    );

    let wrong = scratch_file(
        "feedback-wrong.json",
        r#"{"format": "replyguide-feedback", "version": 1, "guidelines": {"takes-sides": {"shown": "many"}}}"#,
    );
    let message = bad_input_message(&run(&["feedback", "merge", &wrong]));
    assert!(
        message.contains("feedback-wrong.json: guidelines.takes-sides.shown: invalid type"),
        "{message}"
    );
}

#[test]
fn an_export_saved_by_a_spreadsheet_is_audited_without_editing_or_a_column_map() {
    let export = example("replies-export.csv");
    let (page, stderr) = html_report("export.html", &[&export]);
    assert!(
        stderr.contains("columns read by their titles: `Story title` as story_title")
            && stderr.contains(&format!("{export} line 7: posted: expected a date")),
        "{stderr}"
    );
    assert!(
        !stderr.contains("checking"),
        "no progress bar off a terminal: {stderr}"
    );
    assert!(page.contains(r#"<dd id="figure-replies">4</dd>"#), "{page}");
    assert!(page.contains("Sam Okoro") && page.contains("Ann Lee"));
    assert!(
        page.contains(r#"<th scope="row" class="num">7</th>"#),
        "{page}"
    );
    // The other formats stop at the bad row, naming it, and say nothing else first.
    let message = bad_input_message(&run(&["audit", "--format", "json", &export]));
    assert!(
        message.starts_with(&format!("error: {export} line 7: posted: ")),
        "{message}"
    );
}

#[test]
fn feedback_merge_writes_a_page_and_refuses_foreign_files_by_name() {
    let files: Vec<String> = ["sam", "jo", "ann"]
        .iter()
        .map(|name| example(&format!("feedback/{name}.json")))
        .collect();
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("team-feedback.html");
    let out_arg = out.display().to_string();
    let mut args = vec!["feedback", "merge", "--format", "html", "--out", &out_arg];
    args.extend(files.iter().map(String::as_str));
    assert!(stdout(&run(&args)).is_empty(), "the page goes to --out");
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains("exported by 3 people"), "{page}");
    // too-early: 16 of 18 dismissed, the most dismissed, so first.
    let first_row = page
        .find("<tr><th scope=\"row\" class=\"rule-id nowrap\">")
        .unwrap();
    assert!(
        page[first_row..].starts_with(
            "<tr><th scope=\"row\" class=\"rule-id nowrap\">too-early</th><td class=\"num\">18</td><td class=\"num\">16</td>"
        ),
        "{page}"
    );
    assert_eq!(page.matches("<svg").count(), 1, "one chart");

    let config = example("org.json");
    let message = bad_input_message(&run(&["feedback", "merge", &files[0], &config]));
    assert!(
        message.starts_with(&format!(
            "error: {config}: no \"format\": \"replyguide-feedback\""
        )),
        "{message}"
    );
    let merged = scratch_file(
        "feedback-team.json",
        &stdout(&run(&["feedback", "merge", &files[0], &files[1]])),
    );
    let audit: Value = serde_json::from_str(&stdout(&run(&[
        "audit",
        "--format",
        "json",
        "--feedback",
        &merged,
        &example("replies.jsonl"),
    ])))
    .unwrap();
    assert_eq!(
        audit["feedback"]["people"], 2,
        "the JSON carries the feedback"
    );
    assert_eq!(audit["feedback"]["guidelines"]["too-early"]["shown"], 15);

    let message = bad_input_message(&run(&[
        "audit",
        "--format",
        "html",
        "--feedback",
        &config,
        &example("replies.jsonl"),
    ]));
    assert!(
        message.contains("not a Reply Guide feedback export"),
        "{message}"
    );
}

#[test]
fn audit_filters_refuse_a_backwards_period_and_name_an_unknown_responder() {
    let replies = example("replies.jsonl");
    let message = bad_input_message(&run(&[
        "audit",
        "--since",
        "01/12/2026",
        "--until",
        "2026-11-30",
        &replies,
    ]));
    assert!(
        message.starts_with("error: --since 2026-12-01T00:00:00Z is not before --until"),
        "{message}"
    );
    let output = run(&[
        "audit",
        "--format",
        "json",
        "--responder",
        "Sam Okoru",
        &replies,
    ]);
    let audit: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(audit["aggregates"]["replies"], 0);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("no reply by Sam Okoru; responders in the file: Jo Patel, Sam Okoro"),
        "{stderr}"
    );
}

#[test]
fn a_bad_argument_exits_2_naming_it() {
    for (args, named) in [
        (
            vec!["audit", "--format", "pdf", "x.csv"],
            "'pdf' for '--format",
        ),
        (
            vec!["audit", "--since", "31/02/2026", "x.csv"],
            "'31/02/2026' for '--since",
        ),
    ] {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(named), "{stderr}");
    }
}
