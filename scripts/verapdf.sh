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
RUNNER=$ROOT/scripts/verapdf
BUILD_TIMEOUT=1200

log() { printf '%s\n' "verapdf: $*" >&2; }
die() { printf '%s\n' "verapdf: error: $*" >&2; exit 1; }
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
  printf '%s/verapdf/%s' "$CACHE" "$sum"
}

built() {  # the launcher, the classes and every jar of the class path are there
  local dir=$1
  [ -x "$dir/verapdf" ] && [ -s "$dir/classpath.txt" ] && [ -d "$dir/target/classes/sohoa" ] &&
    tr ':' '\n' <"$dir/classpath.txt" | while read -r jar; do [ -f "$jar" ] || exit 1; done
}

build() {
  local dir=$1 logf tmp start
  ensure_java 1
  mkdir -p "$CACHE/verapdf" "$CACHE/m2"
  tmp=$(mktemp -d "$CACHE/verapdf/.build.XXXXXX")
  logf=$tmp.log
  log "building the veraPDF runner (longer the first time, while $CACHE/m2 fills; log: $logf)"
  start=$(now)
  if ! timeout "$BUILD_TIMEOUT" mvn -B -q -Dstyle.color=never \
    -Dmaven.repo.local="$CACHE/m2" -DbuildDir="$tmp/target" \
    -f "$RUNNER/pom.xml" compile dependency:build-classpath \
    -Dmdep.outputFile="$tmp/classpath.txt" -Dmdep.includeScope=runtime >"$logf" 2>&1; then
    tail -n 30 "$logf" >&2
    rm -rf "$tmp"
    die "building the veraPDF runner failed (log: $logf)"
  fi
  # The launcher finds its classes next to itself, so the directory can be renamed into place.
  cat >"$tmp/verapdf" <<EOF
#!/bin/sh
# PDF/A validator (veraPDF), built by scripts/verapdf.sh; usage: verapdf [--flavour 2b] FILE... | -
here=\$(dirname "\$0")
exec java -Xss8m -XX:+UseSerialGC -Dfile.encoding=UTF-8 \\
  -cp "\$here/target/classes:\$(cat "\$here/classpath.txt")" sohoa.verapdf.Main "\$@"
EOF
  chmod 755 "$tmp/verapdf"
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
    mkdir -p "$CACHE/verapdf"
    exec 9>"$CACHE/verapdf/.lock"
    flock -w "$BUILD_TIMEOUT" 9 || die "another verapdf.sh is still building in $CACHE/verapdf"
    built "$dir" || build "$dir"
    exec 9>&-
  fi
  if [ $# = 0 ]; then
    printf '%s\n' "$dir/verapdf"
  else
    exec "$dir/verapdf" "$@"
  fi
}

main "$@"
