#!/usr/bin/env bash
# Create .venv (Python >= 3.11) and install polemos with everything the tests need.
# Idempotent: a second run only checks that everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), "polemos needs Python >= 3.11"'
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
extras="${POLEMOS_EXTRAS-dev}"
if [ -n "$extras" ]; then target=".[${extras}]"; else target="."; fi
.venv/bin/python -m pip install --quiet -e "$target"
if [ -d examples/polemos-weapons ] && [ "$extras" = "dev" ]; then
  .venv/bin/python -m pip install --quiet -e examples/polemos-weapons
fi
