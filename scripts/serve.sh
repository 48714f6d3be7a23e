#!/usr/bin/env bash
# Installs what is missing, then builds and serves Shorewise at http://127.0.0.1:8080
# with rebuild on change. Pass --release for an optimised build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$ROOT"
exec trunk serve --offline --address 127.0.0.1 --port 8080 "$@"
