//! `replyguide`: placeholder, the command line lands next.
fn main() {}
