#!/usr/bin/env bash
# Create .venv (Python >= 3.11) and install polemos with what the chosen extras need
# (POLEMOS_EXTRAS, default "dev": everything the tests need). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
pip_install() {
  # pip is quiet on success; on failure its whole output is shown
  if ! .venv/bin/python -m pip install --quiet "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "setup: pip install $* failed" >&2
    exit 1
  fi
}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), "polemos needs Python >= 3.11"'
  "$PYTHON" -m venv .venv
fi
pip_install --upgrade pip
extras="${POLEMOS_EXTRAS-dev}"
if [ -n "$extras" ]; then target=".[${extras}]"; else target="."; fi
echo "setup: installing polemos${extras:+[$extras]} into .venv" >&2
pip_install -e "$target"
# first-party packages that are distributions of their own (plugins/<name>/pyproject.toml),
# in one pip call: some depend on others (polemos-widgets on polemos-store), found here, not
# on a registry
plugins=()
for plugin in plugins/*/pyproject.toml; do
  [ -e "$plugin" ] && plugins+=(-e "$(dirname "$plugin")")
done
[ "${#plugins[@]}" -gt 0 ] && pip_install "${plugins[@]}"
if [ -d examples/polemos-weapons ] && [ "$extras" = "dev" ]; then
  pip_install -e examples/polemos-weapons
fi
# the gazetteer's index (polemos-places), built once per machine and data version, so that the
# first document does not pay for it; a no-op when it exists
if .venv/bin/python -c 'import polemos_places' 2>/dev/null; then
  echo "setup: building the places index (once per data version)" >&2
  .venv/bin/python -c 'from polemos_places import gazetteer; gazetteer().warm()'
fi
