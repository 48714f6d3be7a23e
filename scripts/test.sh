#!/usr/bin/env bash
# Installs what is missing, then runs every test layer: formatting, lints (native and
# wasm32), docs, native unit/scenario/property tests, browser component tests in
# headless Chromium, Playwright journeys with axe-core against the release build, and the
# main journeys again in Firefox ESR.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$ROOT"

step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings
# The release build compiles the split point (src/ui/later.rs) that debug builds leave out.
cargo clippy --release --target wasm32-unknown-unknown --lib --bins --locked -- -D warnings

step "cargo doc"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked --quiet

step "native tests (unit, scenario, property, doc)"
cargo test --locked

step "browser component tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build (a good build prints no warning)"
build_log=$(mktemp)
trunk build --release --offline 2>&1 | tee "$build_log"
if grep -q ' WARN ' "$build_log"; then
  echo "the release build printed a warning:" >&2
  grep ' WARN ' "$build_log" >&2
  exit 1
fi
rm -f "$build_log"

step "size budget of the first load (gzip)"
node scripts/size-budget.mjs

step "end-to-end journeys (Playwright + axe-core, release build on 127.0.0.1)"
cd tests/e2e
npx playwright test

step "main journeys in Firefox ESR (puppeteer-core over WebDriver BiDi)"
node firefox/journeys.mjs
