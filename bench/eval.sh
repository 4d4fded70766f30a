#!/usr/bin/env bash
# The harness measured on itself: our task set (examples/eval/tasks, eleven tasks on three generated
# projects) and the ADE-bench-shaped task (examples/eval/ade) replayed through the bundle with the oracle
# (applies each reference: must pass 100%) and the null model (changes nothing: must pass 0%).
# Prints both reports' totals; the tables are in $out. Needs `npm run build` first.
# Usage: bash bench/eval.sh [output folder, default a temporary one]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/env.sh"
out="${1:-$(mktemp -d)}"
status=0
for agent in oracle null; do
  # The oracle must pass everything; the null model nothing (its own threshold would be 0, which it meets).
  min=$([ "$agent" = oracle ] && echo 1 || echo 0)
  for set in tasks ade/tasks; do
    name="$agent-${set//\//-}"
    node "$root/dist/index.js" eval --tasks "$root/examples/eval/$set" --agent "$agent" \
      --min-pass-rate "$min" --out "$out/$name" \
      --dbt-executable "$root/.venv/bin/dbt" --sqlfluff-executable "$root/.venv/bin/sqlfluff" \
      >"$out/$name.md" 2>"$out/$name.log" || status=1
    echo "$agent on examples/eval/$set: $(grep -m1 'tasks passed' "$out/$name.md")"
    if [ "$agent" = null ] && grep -q '| pass |' "$out/$name.md"; then
      echo "  a task passed with no change: the harness is broken"
      status=1
    fi
  done
done
echo "reports: $out"
exit "$status"
