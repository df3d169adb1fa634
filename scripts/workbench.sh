#!/usr/bin/env bash
# The reviewer workbench on the bundled samples, in one command: install everything
# (scripts/setup.sh), review samples/ into a demo campaign under casecheck-work/, create an admin
# and a reviewer account with random passwords, print the URL and the logins, and serve until
# Ctrl-C. Extra arguments go to `casecheck serve` (e.g. --port 8080, --db postgresql+psycopg://…).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/casecheck serve --demo "$@"
