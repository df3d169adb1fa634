#!/usr/bin/env bash
# The project's test command: set up (idempotent), lint, check the layer contracts, run pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check casecheck tests benchmarks
.venv/bin/lint-imports
.venv/bin/python -m pytest "$@"
