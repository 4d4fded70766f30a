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
echo "== tests"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
status=0
NODE_OPTIONS=--experimental-vm-modules npx jest --json --outputFile="$results" "$@" || status=$?
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`)' "$results" || true
exit "$status"
