# Reply Guide — every command a developer or CI needs. Each target installs what it lacks first.
.PHONY: help deps deps-rust deps-wasm deps-browser deps-node build test test-rust test-wasm test-e2e lint run bench clean fuzz fuzz-smoke

help:
	@echo "make run    build the extension and run it on the bundled sample story (prints findings, saves a screenshot)"
	@echo "make test   fmt check, clippy -D warnings, unit + snapshot tests, wasm tests, end-to-end browser tests"
	@echo "make build  build the extension into dist/chrome and dist/replyguide-chrome.zip"
	@echo "make bench  print latency and throughput figures"

deps: deps-rust deps-wasm deps-browser deps-node

deps-rust:
	@bash scripts/install-deps.sh rust

deps-wasm:
	@bash scripts/install-deps.sh wasm

deps-browser:
	@bash scripts/install-deps.sh browser

deps-node:
	@bash scripts/install-deps.sh node

build: deps-wasm deps-node
	@bash scripts/build-extension.sh

lint: deps-rust
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

test-rust: deps-rust
	cargo test --workspace

test-wasm: deps-wasm deps-browser
	@bash scripts/test-wasm.sh

test-e2e: build deps-browser
	@bash scripts/test-e2e.sh

test: lint test-rust test-wasm test-e2e

run: build deps-browser
	@bash scripts/run-sample.sh

bench: deps-rust
	@bash scripts/bench.sh

# Fuzz every engine entry point (cargo fuzz on stable via RUSTC_BOOTSTRAP; FUZZ_SECONDS per target).
fuzz: deps-rust
	@bash scripts/fuzz.sh

# The short pass CI can afford: 10 s per target.
fuzz-smoke: deps-rust
	@FUZZ_SECONDS=10 bash scripts/fuzz.sh

clean:
	cargo clean
	rm -rf dist
