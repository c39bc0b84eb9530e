#!/usr/bin/env bash
# Set up polemos with its test dependencies and run the whole test suite:
# ruff, mypy --strict on the core, the plugins and the example plugin, then pytest (slow and browser tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Browser tests drive Debian's Chromium; install it where it is missing (root on CI).
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check core plugins tests examples
.venv/bin/mypy --strict core/polemos plugins examples/polemos-weapons/src examples/polemos-weapons/tests
set +e
.venv/bin/python -m pytest -q tests examples/polemos-weapons/tests "$@"
code=$?
set -e
if [ "$code" = 5 ]; then
  echo "pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit "$code"
