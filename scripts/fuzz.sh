#!/usr/bin/env bash
# Fuzzes every engine entry point that takes outside input (fuzz/fuzz_targets/*.rs).
#
#   bash scripts/fuzz.sh                      # every target, 300 s each (`make fuzz`)
#   FUZZ_SECONDS=10 bash scripts/fuzz.sh      # CI smoke pass (`make fuzz-smoke`)
#   bash scripts/fuzz.sh check_draft story_json   # only these targets
#
# Environment:
#   FUZZ_SECONDS    time per target (default 300)
#   FUZZ_SANITIZER  cargo fuzz --sanitizer (default none: the engine is safe Rust, so a sanitizer
#                   only slows it; panics, overflows and debug assertions are caught without one)
#   FUZZ_NICE       niceness of the fuzzers (default 19: the machine is shared)
#
# Per target: first every committed input under fuzz/regressions/<target>/ is replayed (a known
# crash that is back fails the run), then the fuzzer runs on fuzz/corpus/<target>/ (generated,
# gitignored) seeded from fuzz/seeds/<target>/, with fuzz/dicts/<target>.dict when there is one.
# Prints executions, executions per second and crashes per target; exits 1 when any target
# crashed (the input is under fuzz/artifacts/<target>/).
#
# cargo-fuzz needs nightly-only compiler flags (sanitizer coverage), so the fuzz targets are built
# with the nightly toolchain (installed here when missing; exit 3 when it cannot be had); the
# project itself builds on stable.
set -euo pipefail

seconds="${FUZZ_SECONDS:-300}"
sanitizer="${FUZZ_SANITIZER:-none}"
niceness="${FUZZ_NICE:-19}"
root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz_dir="$root/fuzz"

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "fuzz: installing the nightly toolchain"
    if ! rustup toolchain install nightly --profile minimal; then
        echo "fuzz: no nightly toolchain could be installed, so nothing was fuzzed (exit 3)"
        exit 3
    fi
fi

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

cd "$fuzz_dir"
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo +nightly fuzz list)
fi

# Built once; the binaries are then run directly (`cargo fuzz run` would rebuild per target, and
# a tree being edited mid-run would then read as a crash).
logs="$fuzz_dir/target/fuzz-logs"
mkdir -p "$logs"
echo "fuzz: building (sanitizer: $sanitizer)"
if ! nice -n "$niceness" cargo +nightly fuzz build -O --debug-assertions --sanitizer "$sanitizer" \
    >"$logs/build.log" 2>&1; then
    grep -v '^ *Compiling' "$logs/build.log" | tail -n 30
    echo "fuzz: the build failed (this is not a crash); see $logs/build.log"
    exit 2
fi
bin_dir="$fuzz_dir/target/$(rustc -vV | sed -n 's/^host: //p')/release"

# Reads "stat::<name>: <value>" from a libFuzzer log, or the last "#<n>" status line's count.
stat() {
    local value
    value="$(grep -a "^stat::$2:" "$1" | tail -n 1 | awk '{print $2}')"
    echo "${value:-}"
}

summary=()
failed=0
for target in "${targets[@]}"; do
    log="$logs/$target.log"
    crashes=0

    # 1. Known crashes stay fixed.
    regressions="$fuzz_dir/regressions/$target"
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
        if ! nice -n "$niceness" "$bin_dir/$target" -runs=0 "$regressions" \
            >"$logs/$target.regressions.log" 2>&1; then
            echo "fuzz: $target: a regression input crashes again (see $logs/$target.regressions.log)"
            crashes=$((crashes + 1))
        fi
    fi

    # 2. Fuzz.
    mkdir -p "corpus/$target" "artifacts/$target"
    before="$(find "artifacts/$target" -type f | wc -l)"
    args=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
        -artifact_prefix="artifacts/$target/")
    [ -f "dicts/$target.dict" ] && args+=(-dict="dicts/$target.dict")
    seeds=()
    [ -d "seeds/$target" ] && seeds=("seeds/$target")
    echo "fuzz: $target for ${seconds}s"
    nice -n "$niceness" "$bin_dir/$target" "${args[@]}" "corpus/$target" "${seeds[@]}" \
        >"$log" 2>&1 || true
    after="$(find "artifacts/$target" -type f | wc -l)"
    crashes=$((crashes + after - before))

    execs="$(stat "$log" number_of_executed_units)"
    rate="$(stat "$log" average_exec_per_sec)"
    if [ -z "$execs" ]; then
        # A crash ends libFuzzer before its final stats: take the last status line instead.
        execs="$(grep -aoE '^#[0-9]+' "$log" | tail -n 1 | tr -d '#')"
        rate="$(grep -aoE 'exec/s: [0-9]+' "$log" | tail -n 1 | awk '{print $2}')"
    fi
    if [ "$crashes" -gt 0 ]; then
        failed=1
        grep -aE "panicked at|^thread '|ERROR: libFuzzer|Test unit written to" "$log" | head -n 6 |
            sed "s/^/fuzz: $target: /" || true
    fi
    summary+=("$(printf '%-18s %12s %10s %8s' "$target" "${execs:-?}" "${rate:-?}" "$crashes")")
done

echo
printf '%-18s %12s %10s %8s\n' target executions "execs/s" crashes
printf '%s\n' "${summary[@]}"
echo "(logs: $logs)"
exit "$failed"
