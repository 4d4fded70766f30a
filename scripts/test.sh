#!/usr/bin/env bash
# The test command: set-up, then typecheck, lint, format and dist freshness (side by side), then every
# test (unit, integration, end-to-end).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
source scripts/env.sh
echo "== set-up done after ${SECONDS}s"
checks="$(mktemp -d)"
results="$(mktemp)"
trap 'rm -rf "$checks" "$results"' EXIT

declare -A check=(
  [typecheck]='npx tsc --noEmit'
  [lint]='npx eslint .'
  [format]='npx prettier --check . --log-level warn'
  [dist]='bash scripts/check-dist.sh'
)
for name in "${!check[@]}"; do
  # errexit is inherited by the subshell: without `|| rc=$?` a failing check would leave no rc file.
  (rc=0; bash -c "${check[$name]}" >"$checks/$name.log" 2>&1 || rc=$?; echo "$rc" >"$checks/$name.rc") &
done
wait
failed=0
for name in typecheck lint format dist; do
  rc="$(cat "$checks/$name.rc")"
  echo "== $name: $([ "$rc" = 0 ] && echo ok || echo "FAILED (exit $rc)")"
  [ "$rc" = 0 ] || { cat "$checks/$name.log"; failed=1; }
done
[ "$failed" = 0 ] || exit 1
echo "== checks done after ${SECONDS}s"

echo "== tests"
status=0
NODE_OPTIONS=--experimental-vm-modules npx jest --json --outputFile="$results" "$@" || status=$?
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`)' "$results" || true
echo "== tests done after ${SECONDS}s"
exit "$status"
