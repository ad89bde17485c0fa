# Sourced (from the repository root) by the bench sections that run the wasm engine under node.
# Sets $target and $work (a temporary directory, removed on exit), builds the extension's
# wasm-release module bound for node into "$work/wasm", and builds the native replyguide-bench
# (whose `--export` writes the synthetic inputs).
target=${CARGO_TARGET_DIR:-target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash scripts/build-wasm-module.sh
wasm-bindgen --target nodejs --no-typescript --out-dir "$work/wasm" \
    "$target/wasm32-unknown-unknown/wasm-release/replyguide_wasm.wasm"
cargo build -q --release -p replyguide-cli --bin replyguide-bench
