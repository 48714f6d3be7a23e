#!/usr/bin/env bash
# Installs what Shorewise needs on a Debian machine (run as root), skipping whatever is
# already there, so a second run takes seconds. Sourced by serve.sh, test.sh and bench.sh.
# Pinned: Trunk 0.21.14, wasm-split-cli 0.8.0-alpha.3, wasm-bindgen-cli = Cargo.lock's wasm-bindgen, binaryen and
# Playwright through package-lock.json files, Debian's chromium and chromium-driver.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_SPLIT_VERSION="0.8.0-alpha.3"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
# Build output outside the clone lets a fresh clone reuse earlier compiles on this machine.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/shorewise/target}"
# Every checkout on this machine shares that directory, and Cargo gives this crate's
# outputs the same names whichever checkout built them: a checkout whose files are older
# than another checkout's last build would take that build for its own (seen: a dist/
# holding another commit's wasm). Marking this checkout's crate roots as just changed
# makes Cargo rebuild this crate from these sources; dependencies are still reused.
touch "$ROOT/src/lib.rs" "$ROOT/src/main.rs"
# The shipped wasm names no path of this machine: dependency sources read as crates/…
# The linker keeps its relocations, which scripts/split.mjs needs to split the release wasm.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src=crates -Clink-args=--emit-relocs"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock"
}

setup_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    log "installing Trunk $TRUNK_VERSION (several minutes)"
    cargo install trunk --locked --version "$TRUNK_VERSION"
  fi
  if ! cargo install --list | grep -qx "wasm-split-cli v$WASM_SPLIT_VERSION:"; then
    log "installing wasm-split-cli $WASM_SPLIT_VERSION (a few minutes)"
    cargo install wasm-split-cli --locked --version "$WASM_SPLIT_VERSION"
  fi
  local wb
  wb="$(wasm_bindgen_version)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb"; then
    # Without --locked: its lock file names a crate version this registry does not serve.
    log "installing wasm-bindgen-cli $wb (several minutes)"
    cargo install wasm-bindgen-cli --version "$wb"
  fi
}

setup_debian() {
  local missing=()
  for pkg in chromium chromium-driver firefox-esr brotli poppler-utils; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
}

# npm ci only when package-lock.json changed since the last install in that folder.
npm_ci() {
  local dir="$1" stamp sum
  stamp="$dir/node_modules/.shorewise-lock-sum"
  sum="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
    log "npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    echo "$sum" >"$stamp"
  fi
}

setup_all() {
  setup_rust
  setup_debian
  npm_ci "$ROOT"
  npm_ci "$ROOT/tests/e2e"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  setup_all
  log "everything is installed"
fi
