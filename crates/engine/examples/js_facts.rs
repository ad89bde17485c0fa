//! Writes `shared/engine-facts.js`, the facts the extension's JavaScript shares with the engine,
//! so they have one source: the block elements that turn an editor into text. Run by
//! scripts/build-extension.sh.
//!
//! Usage: `cargo run -q -p replyguide-engine --example js_facts > shared/engine-facts.js`

use replyguide_engine::page::BLOCK_ELEMENTS;

fn main() {
    let list = |items: &[&str]| serde_json::to_string(items).expect("a list of strings");
    println!("// Generated from the engine by scripts/build-extension.sh (crates/engine/examples/js_facts.rs).");
    println!();
    println!("/** Elements whose text is a paragraph of its own (lowercase names). */");
    println!("export const BLOCK_ELEMENTS = {};", list(BLOCK_ELEMENTS));
}
