# shellcheck shell=bash
# Build, cache and run a small Java command-line runner made from libraries on Maven Central
# (scripts/verapdf, scripts/dss). The caller sets, then sources this file and calls
# `main "$@"`:
#   ROOT        the checkout
#   CACHE       the cache folder (SOHOA_CACHE)
#   NAME        the runner: its project is scripts/NAME, its build CACHE/NAME/<hash>/, its
#               launcher NAME
#   TITLE       what it is, for messages
#   MAIN_CLASS  the Java class to run
#   JAVA_OPTS   the JVM options of the launcher
#   USAGE       the launcher's usage line
RUNNER=$ROOT/scripts/$NAME
BUILD_TIMEOUT=1200

log() { printf '%s\n' "$NAME: $*" >&2; }
die() { printf '%s\n' "$NAME: error: $*" >&2; exit 1; }
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
  printf '%s/'"$NAME"'/%s' "$CACHE" "$sum"
}

built() {  # the launcher, the classes and every jar of the class path are there
  local dir=$1
  [ -x "$dir/$NAME" ] && [ -s "$dir/classpath.txt" ] && [ -d "$dir/target/classes/sohoa" ] &&
    tr ':' '\n' <"$dir/classpath.txt" | while read -r jar; do [ -f "$jar" ] || exit 1; done
}

build() {
  local dir=$1 logf tmp start
  ensure_java 1
  mkdir -p "$CACHE/$NAME" "$CACHE/m2"
  tmp=$(mktemp -d "$CACHE/$NAME/.build.XXXXXX")
  logf=$tmp.log
  log "building the $TITLE runner (longer the first time, while $CACHE/m2 fills; log: $logf)"
  start=$(now)
  if ! timeout "$BUILD_TIMEOUT" mvn -B -q -Dstyle.color=never \
    -Dmaven.repo.local="$CACHE/m2" -DbuildDir="$tmp/target" \
    -f "$RUNNER/pom.xml" compile dependency:build-classpath \
    -Dmdep.outputFile="$tmp/classpath.txt" -Dmdep.includeScope=runtime >"$logf" 2>&1; then
    tail -n 30 "$logf" >&2
    rm -rf "$tmp"
    die "building the $TITLE runner failed (log: $logf)"
  fi
  # The launcher finds its classes next to itself, so the directory can be renamed into place.
  cat >"$tmp/$NAME" <<EOF
#!/bin/sh
# $TITLE, built by scripts/$NAME.sh; usage: $USAGE
here=\$(dirname "\$0")
exec java $JAVA_OPTS -Dfile.encoding=UTF-8 \\
  -cp "\$here/target/classes:\$(cat "\$here/classpath.txt")" $MAIN_CLASS "\$@"
EOF
  chmod 755 "$tmp/$NAME"
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
    mkdir -p "$CACHE/$NAME"
    exec 9>"$CACHE/$NAME/.lock"
    flock -w "$BUILD_TIMEOUT" 9 || die "another $NAME.sh is still building in $CACHE/$NAME"
    built "$dir" || build "$dir"
    exec 9>&-
  fi
  if [ $# = 0 ]; then
    printf '%s\n' "$dir/$NAME"
  else
    exec "$dir/$NAME" "$@"
  fi
}

