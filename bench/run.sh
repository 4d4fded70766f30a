#!/usr/bin/env bash
# `npm run bench [-- --sizes 1000,10000 --reps 5 --no-dbt --strict]`: bundles bench/run-bench.ts with ncc
# (Node cannot run TypeScript that imports ../src/*.js directly) and runs it with the project's Node 24
# and Python venv. Results go to stdout; copy them into docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
cd "$root"
out="$(mktemp -d "${TMPDIR:-/tmp}/autopilot-bench-bundle-XXXXXX")"
trap 'rm -rf "$out"' EXIT
npx ncc build bench/run-bench.ts -o "$out" --quiet
node "$out/index.js" --repo "$root" "$@"
