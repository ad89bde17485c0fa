#!/usr/bin/env bash
# Installs what a fresh machine lacks, one group at a time: rust | wasm | browser | firefox | node |
# bench.
# Idempotent: each step checks first and does nothing when the tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[deps] %s\n' "$*" >&2; }

# The wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

apt_install() {
    if ! command -v apt-get >/dev/null; then
        say "apt-get not found: install $* yourself"; exit 1
    fi
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

rust() {
    command -v cargo >/dev/null || { say "cargo not found: install Rust from rustup.rs"; exit 1; }
    rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
}

wasm() {
    rust
    if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
        say "adding the wasm32-unknown-unknown target"
        rustup target add wasm32-unknown-unknown
    fi
    local want
    want=$(wasm_bindgen_version)
    if [ -z "$want" ]; then say "wasm-bindgen is not in Cargo.lock"; exit 1; fi
    if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
        say "installing wasm-bindgen-cli $want (a few minutes, once)"
        # Not --locked: one of its locked dependency versions is missing from the registry.
        cargo install -q wasm-bindgen-cli --version "$want"
    fi
}

browser() {
    if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
        say "installing Debian's chromium and chromium-driver"
        apt_install chromium chromium-driver
    fi
}

# Debian's Firefox ESR, for the Firefox build's tests (tests/firefox/).
firefox() {
    if [ ! -x /usr/bin/firefox-esr ]; then
        say "installing Debian's firefox-esr"
        apt_install firefox-esr
    fi
}

# npm packages of $1 as its lock file pins them; the stamp records which lock file node_modules
# was installed from.
npm_packages() {
    local dir=$1
    [ -f "$dir/package-lock.json" ] || return 0
    if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-lock.json"; then
        say "npm packages in $dir/"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error \
            && cp package-lock.json node_modules/.installed-lock.json)
    fi
}

node() {
    command -v npm >/dev/null || { say "installing node and npm"; apt_install nodejs npm; }
    npm_packages extension
    npm_packages tests
}

# What `make bench` compares the wasm engine with (harper.js, alex): tests/bench/; GNU time for the
# audit report's peak memory (scripts/bench.d/70-audit-report.sh).
bench() {
    [ -x /usr/bin/time ] || { say "installing GNU time"; apt_install time; }
    command -v npm >/dev/null || { say "installing node and npm"; apt_install nodejs npm; }
    npm_packages tests/bench
}

for group in "$@"; do
    case "$group" in
        rust|wasm|browser|firefox|node|bench) "$group" ;;
        *) say "unknown group: $group (rust|wasm|browser|firefox|node|bench)"; exit 2 ;;
    esac
done
