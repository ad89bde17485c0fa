//! Placeholder: the wasm binding lands next.
