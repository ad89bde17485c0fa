//! The one error the command line reports: bad input, told as `error: <file>[ line N]: <what>`.

use std::fmt;
use std::io;

/// Bad input: the message names the file and, where known, the field or line at fault.
/// The command prints it after `error: ` and exits with status 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    message: String,
}

impl CliError {
    /// An error with a complete message.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }

    /// `file` could not be read: `cannot read draft.txt: No such file or directory`.
    pub fn unreadable(file: &str, err: &io::Error) -> Self {
        Self::new(format!("cannot read {file}: {}", describe_io_error(err)))
    }

    /// Something in `file` is wrong: `org.json: rules.too-early.wait_days: …`.
    pub fn in_file(file: &str, what: impl fmt::Display) -> Self {
        Self::new(format!("{file}: {what}"))
    }

    /// Something on line `line` of `file` is wrong: `history.jsonl line 17: posted: …`.
    pub fn on_line(file: &str, line: usize, what: impl fmt::Display) -> Self {
        Self::new(format!("{file} line {line}: {what}"))
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

/// The operating system's message without Rust's ` (os error 2)` suffix.
fn describe_io_error(err: &io::Error) -> String {
    let text = err.to_string();
    match text.rfind(" (os error ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_reads_like_the_operating_system() {
        let err = io::Error::from_raw_os_error(2);
        assert_eq!(
            CliError::unreadable("draft.txt", &err).to_string(),
            "cannot read draft.txt: No such file or directory"
        );
    }
}
