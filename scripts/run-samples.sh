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
pdf=$(find "$SOHOA_DATA/store/objects/aip" -name document.pdf | sort | sed -n 1p)
if [ -n "$pdf" ]; then
  echo
  echo "\$ sohoa verify $pdf"
  .venv/bin/sohoa verify "$pdf"
fi

# An auditor's session on the backlog sample: a dossier closed in 2013, retention ended 2023.
backlog=000.00.05.H36-131105-0927
run() {  # show the command as typed, then run it
  local shown="" a
  for a in "$@"; do [[ $a == *" "* ]] && shown+=" \"$a\"" || shown+=" $a"; done
  echo; echo "\$ sohoa${shown}"; .venv/bin/sohoa "$@"
}
if .venv/bin/sohoa status "$backlog" --json > /dev/null 2>&1; then
  echo; echo "(the backlog dossier $backlog was processed by an earlier run)"
else
  run process samples/backlog --closed 2013-12-31 --reason "hồ sơ giấy tồn đọng năm 2013" || status=$?
  run people grant "Đỗ Minh Quân" --role head --by "Đỗ Minh Quân"
  run people grant "Phạm Thu Trang" --role archivist --by "Đỗ Minh Quân"
  run people grant "Lê Văn Hòa" --role auditor --by "Đỗ Minh Quân"
  run retention due --before 2026-01-01
  echo; echo '$ sohoa disposal propose --before 2026-01-01 --reason "Biên bản số 07/BB-HĐXĐGTTL" --by "Phạm Thu Trang"'
  batch=$(.venv/bin/sohoa disposal propose --before 2026-01-01 --reason "Biên bản số 07/BB-HĐXĐGTTL" \
    --by "Phạm Thu Trang" --json | .venv/bin/python -c 'import json, sys; print(json.load(sys.stdin)["batch_id"])')
  .venv/bin/sohoa disposal show "$batch"
  run disposal approve "$batch" --by "Lê Văn Hòa" --note "Đồng ý hủy"
  run disposal execute "$batch" --by "Phạm Thu Trang"
  run verify "disposal/$batch/certificate.pdf"
  run status "$backlog"
fi
run fixity
run retention report --from 2026-01-01 --to 2026-12-31 --out "$SOHOA_DATA/reports" \
  --by "Lê Văn Hòa"
echo
echo '$ sohoa audit seal && sohoa audit verify'
.venv/bin/sohoa audit seal && .venv/bin/sohoa audit verify

# Web accounts for the same people (first run only); passwords are random, kept in a 0600 file.
accounts="$SOHOA_DATA/web/accounts.txt"
if [ ! -s "$accounts" ]; then
  mkdir -p "$SOHOA_DATA/web"
  (umask 077; : > "$accounts")
  while IFS='|' read -r user name role agency; do
    pw=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')
    SOHOA_PASSWORD="$pw" .venv/bin/sohoa users add "$user" --name "$name" --role "$role" \
      ${agency:+--agency "$agency"} --by "Đỗ Minh Quân" > /dev/null
    echo "$user $pw  ($name, $role${agency:+, $agency})" >> "$accounts"
  done <<'ACCOUNTS'
quan|Đỗ Minh Quân|head|
trang|Phạm Thu Trang|archivist|
hoa|Lê Văn Hòa|auditor|
lan|Nguyễn Thị Lan|clerk|000.00.12.H19
an|Nguyễn Văn An|officer|000.00.12.H19
doan|Lương Văn Đoàn|officer|000.00.12.H19
ACCOUNTS
fi

# A department issues the result of a sample dossier through the web API, as its software
# would: the officer's unsigned decision is signed in their name (with their signature image
# from samples/results/images) and sealed, archived into its dossier, listed and fetched back.
result_code=000.00.12.H19-250414-0011
if ! .venv/bin/sohoa users list --by "Đỗ Minh Quân" | grep '^doan:' > /dev/null; then
  pw=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')
  SOHOA_PASSWORD="$pw" .venv/bin/sohoa users add doan --name "Lương Văn Đoàn" --role officer \
    --agency 000.00.12.H19 --by "Đỗ Minh Quân" > /dev/null
  echo "doan $pw  (Lương Văn Đoàn, officer, 000.00.12.H19)" >> "$accounts"
fi
key=$(.venv/bin/sohoa users key doan --days 1 --by "Đỗ Minh Quân" 2> /dev/null)
port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo; echo "\$ sohoa serve --port $port &    # the web service, for the API calls below"
SOHOA_SIGNING__SIGNATURE_DIR="$PWD/samples/results/images" \
  .venv/bin/sohoa serve --port "$port" --log-level warning > "$SOHOA_DATA/web/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true' EXIT
.venv/bin/python - "$port" <<'WAIT'
import sys, time, urllib.request
for _ in range(120):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/health", timeout=2)
        break
    except OSError:
        time.sleep(0.5)
else:
    sys.exit("the web service did not start: see $SOHOA_DATA/web/serve.log")
WAIT
echo
.venv/bin/python scripts/issue_sample_result.py "http://127.0.0.1:$port" "$key" \
  "samples/results/$result_code/quyet-dinh-1356.pdf" "$result_code" \
  "$SOHOA_DATA/results/quyet-dinh-1356.pdf" || status=$?
kill "$server" 2> /dev/null || true
wait "$server" 2> /dev/null || true
.venv/bin/sohoa users revoke-key doan "$(echo "$key" | cut -d_ -f2)" --by "Đỗ Minh Quân" > /dev/null
run verify "$SOHOA_DATA/results/quyet-dinh-1356.pdf"
run step "$result_code" returned --note "trả tại quầy" --by "Nguyễn Thị Lan"  # handed to the citizen
run status "$result_code"
echo
echo "Try it yourself: .venv/bin/sohoa search \"QUERY\" [--type giay_khai_sinh] [--from 2025-01-01]"
echo "Web pages: .venv/bin/sohoa serve, then open http://127.0.0.1:8000/ and sign in with one of"
echo "these accounts (user name, password) from $accounts:"
sed 's/^/  /' "$accounts"
exit $status
