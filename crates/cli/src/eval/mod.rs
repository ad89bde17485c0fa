//! Scoring the rules against a labelled corpus (`make eval`): each case is a draft with its
//! story, config, history and time, the rules that must fire (`expect`) and the rules a careless
//! reading would fire but must stay silent (`tricky`). A rule "fires" when it gives a finding of
//! any severity; a built-in rule that fires on a case whose `expect` does not name it is a false
//! positive. Findings of other ids (custom rules, the `language` notice) are not scored.

pub mod corpus;
pub mod scores;

pub use corpus::{read_cases, split_half, Case, Half};
pub use scores::{evaluate, Evaluation, Outcome, RuleScore};
