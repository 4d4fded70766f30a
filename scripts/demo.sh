#!/usr/bin/env bash
# README command one: set up only what the demo runs (Node 24, the dbt venv; no dev tooling), then run the committed bundle.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh --runtime >&2
source scripts/env.sh
node dist/index.js demo "$@"
