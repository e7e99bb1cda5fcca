#!/usr/bin/env bash
# Process every sample dossier end to end on the embedded default, then search them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export SOHOA_DATA="${SOHOA_DATA:-$PWD/data}"
export SOHOA_SIGNING__CLERK="${SOHOA_SIGNING__CLERK:-Nguyễn Thị Lan}"
status=0
.venv/bin/sohoa process samples/scans || status=$?
# The quality gate rejected three pages of dossier-14.pdf; their rescans go into that dossier.
echo
echo '$ sohoa process samples/rescans/dossier-14 --into 000.00.11.H12-250916-0752'
.venv/bin/sohoa process samples/rescans/dossier-14 --into 000.00.11.H12-250916-0752 || status=$?
echo
echo '$ sohoa search "giấy khai sinh"'
.venv/bin/sohoa search "giấy khai sinh" --limit 3
echo
echo '$ sohoa search "giay khai sinh"        # the same without diacritics'
.venv/bin/sohoa search "giay khai sinh" --limit 3
echo
echo '$ sohoa fixity'
.venv/bin/sohoa fixity
pdf=$(find "$SOHOA_DATA/store/objects/aip" -name document.pdf | sort | head -1)
if [ -n "$pdf" ]; then
  echo
  echo "\$ sohoa verify $pdf"
  .venv/bin/sohoa verify "$pdf"
fi
echo
echo '$ sohoa audit seal && sohoa audit verify'
.venv/bin/sohoa audit seal && .venv/bin/sohoa audit verify
echo
echo "Try it yourself: .venv/bin/sohoa search \"QUERY\" [--type giay_khai_sinh] [--from 2025-01-01]"
exit $status
