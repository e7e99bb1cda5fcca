#!/usr/bin/env bash
# Run the whole test suite: ruff, unit tests, real OCR on the samples, PDF/A validation with
# veraPDF (scripts/verapdf.sh), signature validation with EU DSS (scripts/dss.sh), and the
# integration tests against real Redis, MinIO (and its replica, a second MinIO), Elasticsearch and
# PostgreSQL started on 127.0.0.1 (scripts/services.sh).
# Servers this script starts are stopped again when it ends; ones already running are reused.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/ruff check .

started=()
for svc in redis minio es postgres minio2; do
  scripts/services.sh status "$svc" >/dev/null 2>&1 || started+=("$svc")
done
stop_started() { ((${#started[@]})) && scripts/services.sh down "${started[@]}" || true; }
trap stop_started EXIT
scripts/services.sh up
eval "$(scripts/services.sh env)"
SOHOA_VERAPDF=$(scripts/verapdf.sh)  # the PDF/A validator for tests/test_pdfa.py
export SOHOA_VERAPDF
SOHOA_DSS=$(scripts/dss.sh)  # the PAdES validator (EU DSS) for tests/test_dss*.py
export SOHOA_DSS
SOHOA_CHROMIUM=${SOHOA_CHROMIUM:-$(command -v chromium || true)}  # for tests/test_browser.py
export SOHOA_CHROMIUM

.venv/bin/python -m pytest "$@"
