#!/usr/bin/env bash
# Run the whole test suite (unit tests, then real OCR on the samples), and ruff.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
