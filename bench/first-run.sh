#!/usr/bin/env bash
# The newcomer's first command, measured: a fresh clone, then `npm run demo` with nothing installed in it
# (no node_modules, no .venv, no .tools; pip's cache off). Prints the seconds it took and what it put on disk.
# Usage: bash bench/first-run.sh [repository, default this checkout]
set -euo pipefail
source_repo="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone --quiet "$source_repo" "$work/clone"
cd "$work/clone"
start=$(date +%s)
PIP_NO_CACHE_DIR=1 bash scripts/setup.sh --runtime >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
setup_done=$(date +%s)
npm run --silent demo >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; exit 1; }
end=$(date +%s)
echo "first run: $((end - start)) s (target 90 s): set-up $((setup_done - start)) s, demo $((end - setup_done)) s"
echo "installed: $(du -sh .venv | cut -f1) .venv, $(du -sh .tools 2>/dev/null | cut -f1 || echo 0) .tools, node_modules $([ -d node_modules ] && du -sh node_modules | cut -f1 || echo 'absent')"
grep -E '^(Outcome|Status|Audit hash)' "$work/demo.log" || tail -n 3 "$work/demo.log"
