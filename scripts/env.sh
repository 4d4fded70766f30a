# Sourced by the other scripts: puts the project's Node 24 and Python venv first on PATH.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/.tools/node24/bin:$root/.venv/bin:$PATH"
export DBT_SEND_ANONYMOUS_USAGE_STATS=false
export AUTOPILOT_BIN_DIR="$root/.venv/bin"
