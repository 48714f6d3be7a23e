#!/usr/bin/env bash
# Benchmark (not a test): builds the release dist/, prints every file's raw, gzip -9 and
# brotli bytes with totals, measures startup and interaction latency in headless
# Chromium, compares first paint and ready-to-act with a SurveyJS peer of the same
# questionnaire, runs Lighthouse, and runs the engine's criterion benchmark.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$ROOT"

trunk build --release --offline >/dev/null 2>&1 || trunk build --release --offline

printf '\n%-48s %10s %10s %10s\n' "file (dist/)" "raw" "gzip -9" "brotli"
total_raw=0 total_gz=0 total_br=0
for f in dist/*; do
  case "$f" in *.gz | *.br) continue ;; esac
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -c -q 11 "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  printf '%-48s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
printf '%-48s %10d %10d %10d\n' "TOTAL" "$total_raw" "$total_gz" "$total_br"

printf '\n'
node scripts/size-budget.mjs

printf '\nBrowser timings (headless Chromium, release build on 127.0.0.1)\n'
(cd tests/e2e && node bench/browser.mjs)

printf '\nBeside a peer: the same questionnaire in SurveyJS, one Chromium, both served with compression\n'
(cd tests/e2e && node bench/peer.mjs)

printf '\nLighthouse (served with compression)\n'
(cd tests/e2e && node bench/lighthouse.mjs)

printf '\nEngine (criterion, native)\n'
cargo bench --locked --bench engine -- --noplot 2>&1 | grep -E "^recommend/|time:" || true
