#!/usr/bin/env bash
# make bench: prints latency and throughput figures, one section per part of Reply Guide.
#
# Sections run in order: the native engine (below), then every scripts/bench.d/*.sh in name
# order (wasm size, browser timings, …): add a section by dropping a script there; it prints
# its own figures and its header comes from its name (`20-wasm-size.sh` → "wasm size").
# Helpers the sections share live in scripts/bench.d/lib/ (sourced, never run as sections).
# `scripts/bench.sh native` runs one section (by its name without the number).
set -euo pipefail
cd "$(dirname "$0")/.."

section() { printf '\n== %s\n\n' "$*"; }

# Check latency by draft length × history size, history index memory and build time, and audit
# throughput: crates/cli/src/bin/replyguide-bench.
native() {
    section "native engine (release build, $(nproc) cores)"
    cargo build --release --quiet -p replyguide-cli --bin replyguide-bench
    "${CARGO_TARGET_DIR:-target}/release/replyguide-bench"
}

section_name() { basename "$1" .sh | sed -E 's/^[0-9]+-//; s/-/ /g'; }

only=${1:-}
if [ -z "$only" ] || [ "$only" = native ]; then
    native
fi
for script in scripts/bench.d/*.sh; do
    [ -e "$script" ] || continue
    name=$(section_name "$script")
    if [ -z "$only" ] || [ "$only" = "$name" ] || [ "$only" = "${name// /-}" ]; then
        section "$name"
        bash "$script"
    fi
done
