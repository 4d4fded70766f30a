#!/usr/bin/env bash
# The test command: set-up, typecheck, lint, dist freshness, then every test (unit, integration, end-to-end).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
source scripts/env.sh
echo "== typecheck"; npx tsc --noEmit
echo "== lint"; npx eslint . && npx prettier --check . --log-level warn
echo "== dist"; bash scripts/check-dist.sh
echo "== tests"; NODE_OPTIONS=--experimental-vm-modules npx jest "$@"
