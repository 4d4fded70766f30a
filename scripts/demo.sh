#!/usr/bin/env bash
# README command one: set up what is missing, build the bundle if needed, run the demo.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh >&2
source scripts/env.sh
node dist/index.js demo "$@"
