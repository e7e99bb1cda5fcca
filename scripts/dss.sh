#!/usr/bin/env bash
# EU DSS (Digital Signature Service), the reference PAdES validator, built from its library on
# Maven Central (scripts/dss).
#
#   scripts/dss.sh                                       build if needed, print the path of the
#                                                        validator command
#   scripts/dss.sh [--at ISO-DATE] --trust CA.pem FILE... build if needed, validate the files
#
# It validates offline: only what each file carries and the trust anchors given count; nothing
# is fetched. The command prints one JSON line per file (see scripts/dss/README.md) and exits 0
# when every file's indication is TOTAL_PASSED. The build lives in SOHOA_CACHE (default
# ~/.cache/sohoa): dss/<hash>/ per content of the runner project, and the Maven repository m2/
# shared with verapdf.sh and services.sh. The cache may be deleted at any time; the next call
# rebuilds it. On a fresh Debian 12 machine run as root: it installs a JDK and Maven with
# apt-get when they are missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${SOHOA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sohoa}
NAME=dss
TITLE=DSS
MAIN_CLASS=sohoa.dss.Main
JAVA_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
USAGE="dss [--at DATE] --trust CA.pem FILE... | -"
# shellcheck source=lib/java_runner.sh
. "$ROOT/scripts/lib/java_runner.sh"
main "$@"
