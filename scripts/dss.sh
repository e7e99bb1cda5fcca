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
RUNNER=$ROOT/scripts/dss
BUILD_TIMEOUT=1200

log() { printf '%s\n' "dss: $*" >&2; }
die() { printf '%s\n' "dss: error: $*" >&2; exit 1; }
now() { date +%s; }

apt_install() {  # the same steps as scripts/services.sh, without starting daemons
  command -v apt-get >/dev/null || die "missing: $* (no apt-get here: install them yourself)"
  [ "$(id -u)" = 0 ] || die "missing Debian packages: $* (run as root, or: sudo apt-get install $*)"
  log "installing Debian packages: $*"
  timeout 600 apt-get update -qq >&2 || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive timeout 1200 apt-get install -y -qq --no-install-recommends "$@" \
    >/dev/null || die "apt-get install $* failed"
}

# shellcheck source=lib/java.sh
. "$ROOT/scripts/lib/java.sh"

build_dir() {  # one build per content of the runner project
  local sum
  sum=$(cd "$RUNNER" && find pom.xml src -type f -print0 | sort -z | xargs -0 sha256sum |
    sha256sum | cut -c1-16)
  printf '%s/dss/%s' "$CACHE" "$sum"
}

built() {  # the launcher, the classes and every jar of the class path are there
  local dir=$1
  [ -x "$dir/dss" ] && [ -s "$dir/classpath.txt" ] && [ -d "$dir/target/classes/sohoa" ] &&
    tr ':' '\n' <"$dir/classpath.txt" | while read -r jar; do [ -f "$jar" ] || exit 1; done
}

build() {
  local dir=$1 logf tmp start
  ensure_java 1
  mkdir -p "$CACHE/dss" "$CACHE/m2"
  tmp=$(mktemp -d "$CACHE/dss/.build.XXXXXX")
  logf=$tmp.log
  log "building the DSS runner (longer the first time, while $CACHE/m2 fills; log: $logf)"
  start=$(now)
  if ! timeout "$BUILD_TIMEOUT" mvn -B -q -Dstyle.color=never \
    -Dmaven.repo.local="$CACHE/m2" -DbuildDir="$tmp/target" \
    -f "$RUNNER/pom.xml" compile dependency:build-classpath \
    -Dmdep.outputFile="$tmp/classpath.txt" -Dmdep.includeScope=runtime >"$logf" 2>&1; then
    tail -n 30 "$logf" >&2
    rm -rf "$tmp"
    die "building the DSS runner failed (log: $logf)"
  fi
  # The launcher finds its classes next to itself, so the directory can be renamed into place.
  cat >"$tmp/dss" <<EOF
#!/bin/sh
# PAdES validator (EU DSS), built by scripts/dss.sh; usage: dss [--at DATE] --trust CA.pem FILE... | -
here=\$(dirname "\$0")
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \\
  -cp "\$here/target/classes:\$(cat "\$here/classpath.txt")" sohoa.dss.Main "\$@"
EOF
  chmod 755 "$tmp/dss"
  rm -rf "$dir"
  mv "$tmp" "$dir"
  mv "$logf" "$dir/build.log"
  log "built $dir in $(($(now) - start))s"
}

main() {
  local dir
  dir=$(build_dir)
  if built "$dir"; then
    ensure_java 0
  else
    mkdir -p "$CACHE/dss"
    exec 9>"$CACHE/dss/.lock"
    flock -w "$BUILD_TIMEOUT" 9 || die "another dss.sh is still building in $CACHE/dss"
    built "$dir" || build "$dir"
    exec 9>&-
  fi
  if [ $# = 0 ]; then
    printf '%s\n' "$dir/dss"
  else
    exec "$dir/dss" "$@"
  fi
}

main "$@"
