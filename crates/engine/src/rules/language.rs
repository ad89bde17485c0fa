//! The notice given instead of findings when a reply is not in English. It is not one of the
//! guidelines (it cannot be configured and is not listed by `replyguide rules`): the rules read
//! English wording, and on a Welsh or Irish reply they would only raise false alarms.

use crate::{Finding, Severity};

/// The `rule` id of the notice.
pub const NOTICE_ID: &str = "language";

/// The one finding for a reply written in `language` (`Welsh`, `another language`).
pub fn notice(language: &str) -> Finding {
    Finding {
        rule: NOTICE_ID.to_string(),
        severity: Severity::Hint,
        message: format!(
            "This reply looks like it is in {language}. Reply Guide checks replies written in \
             English, so it has not been checked against the guidelines."
        ),
        guideline: "Reply Guide checks replies written in English.".to_string(),
        why: "The guidelines are checked by reading English wording; on a reply in another \
              language they would only give false alarms."
            .to_string(),
        span: None,
        suggestion: None,
        related: None,
    }
}
