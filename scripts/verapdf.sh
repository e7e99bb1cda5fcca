#!/usr/bin/env bash
# veraPDF, the PDF/A validator, built from its library on Maven Central (scripts/verapdf).
#
#   scripts/verapdf.sh                  build if needed, print the path of the validator command
#   scripts/verapdf.sh FILE.pdf...      build if needed, validate the files against PDF/A-2b
#
# The command prints one JSON line per file (see scripts/verapdf/README.md) and exits 0 when
# every file complies. The build lives in SOHOA_CACHE (default ~/.cache/sohoa): verapdf/<hash>/
# per content of the runner project, and the Maven repository m2/ shared with services.sh. The
# cache may be deleted at any time; the next call rebuilds it. On a fresh Debian 12 machine run
# as root: it installs a JDK and Maven with apt-get when they are missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${SOHOA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sohoa}
NAME=verapdf
TITLE=veraPDF
MAIN_CLASS=sohoa.verapdf.Main
JAVA_OPTS="-Xss8m -XX:+UseSerialGC"
USAGE="verapdf [--flavour 2b] FILE... | -"
# shellcheck source=lib/java_runner.sh
. "$ROOT/scripts/lib/java_runner.sh"
main "$@"
