//! Browser tests of the wasm crate (headless Chromium via `scripts/test-wasm.sh`): the API
//! contract, the reader against the fixture pages, markup the profile does not know, hostile
//! pages, and regular expressions run by the browser's engine.
#![cfg(target_arch = "wasm32")]

mod api;
mod common;
mod fixtures;
mod hostile;
mod layouts;
mod patterns;
mod variants;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
