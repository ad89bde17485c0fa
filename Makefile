# Reply Guide — every command a developer or CI needs. Each target installs what it lacks first.
.PHONY: report help eval deps deps-rust deps-wasm deps-browser deps-firefox deps-node build test test-rust test-wasm test-e2e test-firefox test-lint-extension test-dist dist lint run bench clean fuzz fuzz-smoke

help:
	@echo "make run    build the extension and run it on the bundled sample story (prints findings, saves a screenshot)"
	@echo "make test   fmt check, clippy -D warnings, unit + snapshot tests, wasm tests, end-to-end browser tests (Chromium, Firefox)"
	@echo "make build  build the extension into dist/chrome and dist/firefox (and their .zip packages)"
	@echo "make dist CONFIG=org.json [NAME=\"Healthwatch Exampleshire Reply Guide\"]"
	@echo "           validate an organisation config and bake it into Chrome/Edge and Firefox packages in dist/"
	@echo "make bench  print latency and throughput figures"
	@echo "make report the audit report on the example replies (dist/audit-report.html)"
	@echo "make eval   score the rules against the labelled corpus (tests/corpus): per-rule precision, recall, F1"

# `make -j3 deps` installs in three independent lines: the Rust toolchain then wasm-bindgen
# (compiled), Debian's browsers (one apt at a time: apt holds a lock), npm packages.
deps: deps-rust deps-wasm deps-browser deps-firefox deps-node

deps-rust:
	@bash scripts/install-deps.sh rust

deps-wasm: deps-rust
	@bash scripts/install-deps.sh wasm

deps-browser:
	@bash scripts/install-deps.sh browser

deps-firefox: deps-browser
	@bash scripts/install-deps.sh firefox

deps-node:
	@bash scripts/install-deps.sh node

build: deps-wasm deps-node
	@bash scripts/build-extension.sh

lint: deps-rust
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo fmt --manifest-path fuzz/Cargo.toml --all -- --check
	cargo clippy --manifest-path fuzz/Cargo.toml --all-targets -- -D warnings

test-rust: deps-rust
	cargo test --workspace

test-wasm: deps-wasm deps-browser
	@bash scripts/test-wasm.sh

test-e2e: build deps-browser
	@bash scripts/test-e2e.sh

# The Firefox build in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi).
test-firefox: build deps-firefox
	cd tests && node --test --test-concurrency=1 --test-reporter=tap firefox/

# web-ext lint (addons-linter) on the Firefox build: errors fail, warnings are printed.
test-lint-extension: build
	extension/node_modules/.bin/web-ext lint --source-dir dist/firefox --output text

# make dist on every example config (both packages, config and name baked in) and on a broken one.
test-dist: deps-rust deps-wasm deps-node
	cd tests && node --test --test-reporter=tap dist.test.mjs

dist: deps-rust deps-wasm deps-node
	@CONFIG="$(CONFIG)" NAME="$(NAME)" bash scripts/make-dist.sh

test: lint test-rust test-wasm test-e2e test-firefox test-lint-extension test-dist

# The audit report on the example replies (README "The report").
report: deps-rust
	@bash scripts/example-report.sh

run: build deps-browser
	@bash scripts/run-sample.sh

# Per-rule precision, recall and F1 on both halves of the labelled corpus (tests/corpus/README.md),
# with every failure of the tuning half; EVAL_CONFUSION=test lists the test half's too.
eval: deps-rust
	cargo build -q --release -p replyguide-cli --bin replyguide-eval
	target/release/replyguide-eval score --confusion tests/corpus/tune.jsonl
	target/release/replyguide-eval score $(if $(filter test,$(EVAL_CONFUSION)),--confusion) tests/corpus/test.jsonl

bench: deps-rust
	@bash scripts/bench.sh

# Fuzz every engine entry point (cargo fuzz on the nightly toolchain; FUZZ_SECONDS per target).
fuzz: deps-rust
	@bash scripts/fuzz.sh

# The short pass CI runs: 10 s per target unless FUZZ_SECONDS says otherwise.
fuzz-smoke: deps-rust
	@FUZZ_SECONDS=$${FUZZ_SECONDS:-10} bash scripts/fuzz.sh

clean:
	cargo clean
	rm -rf dist
