#!/usr/bin/env bash
# Fails when the committed dist/ differs from a fresh build of src/. The bundle is index.js plus one
# numbered chunk per lazily imported module group (`await import()`); the diff covers every file, so a
# chunk left over from an earlier build, or one not committed, fails too.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/env.sh
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npx ncc build src/index.ts -o "$tmp" --license licenses.txt --quiet
if ! diff -r -q dist "$tmp" >/dev/null; then
  echo "check-dist: dist/ is stale. Run 'npm run build' (it empties dist/ first: ncc leaves old chunks) and commit all of dist/." >&2
  diff -r -q dist "$tmp" >&2 || true
  exit 1
fi
echo "check-dist: dist/ matches src/"
