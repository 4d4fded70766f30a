#!/usr/bin/env bash
# Fails when the committed dist/ is stale. By default it reads dist/build-stamp.json (scripts/dist-stamp.mjs):
# the sources must hash as they did at the build and every file of dist/ must be as the build left it, none
# missing, none extra. `--rebuild` bundles again and compares every file (the GitHub workflow does this).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/env.sh
if [ "${1:-}" != "--rebuild" ]; then
  exec node scripts/dist-stamp.mjs check
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npx ncc build src/index.ts -o "$tmp" --license licenses.txt --quiet
cp dist/build-stamp.json "$tmp/" 2>/dev/null || true
if ! diff -r -q dist "$tmp" >/dev/null; then
  echo "check-dist: dist/ is stale. Run 'npm run build' (it empties dist/ first: ncc leaves old chunks) and commit all of dist/." >&2
  diff -r -q dist "$tmp" >&2 || true
  exit 1
fi
echo "check-dist: dist/ matches a fresh build of src/"
