#!/usr/bin/env bash
# Local servers for sohoa on 127.0.0.1: Redis (Celery broker), MinIO (S3 with Object Lock), a
# single Elasticsearch 8 node, PostgreSQL (the shared state of every machine: people,
# accounts, sessions, the audit trail) and a second MinIO server (minio2: the replica the
# archive bucket is replicated to, with Object Lock, and the S3 backup medium; see
# `sohoa replica setup`). No containers and no prebuilt downloads: Redis and
# PostgreSQL come from Debian,
# MinIO is built from its Go module at a pinned commit, Elasticsearch is assembled from the
# artifacts on Maven Central (scripts/services/es-runner).
#
#   scripts/services.sh up     [redis|minio|es|postgres|minio2 ...]   start what is not running, wait until healthy
#   scripts/services.sh down   [redis|minio|es|postgres|minio2 ...]   stop (SIGTERM, then SIGKILL after a bounded wait)
#   scripts/services.sh status [redis|minio|es|postgres|minio2 ...]   state and URL of each (exit 1 if one is not up)
#   scripts/services.sh env                          export lines: eval "$(scripts/services.sh env)"
#
# Data, logs, pid files and the generated MinIO credentials live in SOHOA_SERVICES_DIR
# (default .services/), build caches in SOHOA_CACHE (default ~/.cache/sohoa): go/, bin/,
# m2/, es-runner/. Both may be deleted at any time; `up` rebuilds what it needs.
#
# Settings: SOHOA_REDIS_PORT (6379), SOHOA_MINIO_PORT (9000), SOHOA_MINIO_CONSOLE_PORT (9001),
# SOHOA_ES_PORT (9200), SOHOA_ES_TRANSPORT_PORT (9300), SOHOA_ES_HEAP (768m), SOHOA_PG_PORT (5433),
# SOHOA_MINIO2_PORT (9010), SOHOA_MINIO2_CONSOLE_PORT (9011),
# SOHOA_SERVICES_TIMEOUT (seconds to wait for a server to become healthy, 180).
# If SOHOA_BROKER_URL, SOHOA_S3_ENDPOINT, SOHOA_ES_URL, SOHOA_DATABASE_URL or
# SOHOA_REPLICA__S3_ENDPOINT already name another server, that service is external: `up` only
# checks that it answers, `down` leaves it alone, `env` repeats it.
#
# `env` names the second MinIO twice: SOHOA_REPLICA__S3_* (where `sohoa replica setup`
# replicates the archive bucket to) and SOHOA_BACKUP__S3_* (the endpoint of `sohoa backup run
# --to s3://BUCKET`). Each server has its own generated credentials (minio/credentials,
# minio2/credentials) and data folder.
#
# PostgreSQL is a private cluster (initdb into SOHOA_SERVICES_DIR/postgres/data, fsync on, only
# 127.0.0.1, trust for the local role sohoa, database sohoa); run as root, the server runs as the
# Debian user postgres, since PostgreSQL refuses to run as root.
#
# On a fresh Debian 12 machine run it as root: it installs redis-server and postgresql, and when missing a JDK
# and Maven, with apt-get. Go >= 1.24 is needed to build MinIO (/usr/local/go is used if `go`
# is not on PATH).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SVC=${SOHOA_SERVICES_DIR:-$ROOT/.services}
CACHE=${SOHOA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sohoa}
HOST=127.0.0.1

REDIS_PORT=${SOHOA_REDIS_PORT:-6379}
MINIO_PORT=${SOHOA_MINIO_PORT:-9000}
MINIO_CONSOLE_PORT=${SOHOA_MINIO_CONSOLE_PORT:-9001}
ES_PORT=${SOHOA_ES_PORT:-9200}
ES_TRANSPORT_PORT=${SOHOA_ES_TRANSPORT_PORT:-9300}
ES_HEAP=${SOHOA_ES_HEAP:-768m}
PG_PORT=${SOHOA_PG_PORT:-5433}
MINIO2_PORT=${SOHOA_MINIO2_PORT:-9010}
MINIO2_CONSOLE_PORT=${SOHOA_MINIO2_CONSOLE_PORT:-9011}
HEALTH_TIMEOUT=${SOHOA_SERVICES_TIMEOUT:-180}

# MinIO: the last commit of github.com/minio/minio (the repository is archived), that is
# RELEASE.2025-10-15T17-29-55Z plus four bug fixes and documentation. Release tags are not
# semver, so Go addresses commits by pseudo-version.
MINIO_MODULE=github.com/minio/minio
MINIO_VERSION=v0.0.0-20260212201848-7aac2a2c5b7c
MINIO_COMMIT=7aac2a2c5b7c882e68c1ce017d8256be2feea27f
MINIO_GO_MIN=1.24
MINIO_BUILD_TIMEOUT=2400
ES_RUNNER=$ROOT/scripts/services/es-runner
ES_BUILD_TIMEOUT=1200

ALL_SERVICES=(redis minio es postgres minio2)

LOCAL_BROKER_URL="redis://$HOST:$REDIS_PORT/0"
LOCAL_S3_ENDPOINT="$HOST:$MINIO_PORT"
LOCAL_REPLICA_ENDPOINT="$HOST:$MINIO2_PORT"
LOCAL_ES_URL="http://$HOST:$ES_PORT"
LOCAL_DATABASE_URL="postgresql://sohoa@$HOST:$PG_PORT/sohoa"

log() { printf '%s\n' "services: $*" >&2; }
die() { printf '%s\n' "services: error: $*" >&2; exit 1; }

usage() {
  sed -n '11,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# ---------------------------------------------------------------- helpers

now() { date +%s; }

port_open() {  # port_open HOST PORT: something accepts TCP connections there
  # shellcheck disable=SC2016 # expanded by the inner shell
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

alive() {  # a running process (not a zombie waiting to be reaped)
  kill -0 "$1" 2>/dev/null || return 1
  local state
  state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || true)
  [ "$state" != Z ]
}

pid_file() { printf '%s/%s/%s.pid' "$SVC" "$1" "$1"; }

# The pid of a managed server if it is alive and really is that server, else nothing.
live_pid() {
  local name=$1 file pid pattern
  file=$(pid_file "$name")
  [ -s "$file" ] || return 0
  pid=$(tr -dc '0-9' <"$file")
  [ -n "$pid" ] || return 0
  alive "$pid" || return 0
  case $name in
    redis) pattern=redis-server ;;
    minio) pattern="minio-$MINIO_VERSION" ;;
    es) pattern=sohoa.esrunner.Main ;;
    postgres) pattern="$SVC/postgres/data" ;;
    minio2) pattern="$SVC/minio2/data" ;;
  esac
  if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$pattern"; then
    printf '%s' "$pid"
  fi
}

log_file() { printf '%s/logs/%s.log' "$SVC" "$1"; }

log_tail() {  # the end of the server's log since its last start
  local file
  file=$(log_file "$1")
  if [ -s "$file" ]; then
    printf -- '--- end of %s ---\n' "$file" >&2
    awk '/^=== .*: starting / {n = 0} {line[++n] = $0} END {for (i = (n > 30 ? n - 29 : 1); i <= n; i++) print substr(line[i], 1, 400)}' "$file" >&2
    printf -- '---\n' >&2
  fi
}

rss_of() {  # resident memory of a process, in MiB
  local kb
  kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || true)
  echo $((${kb:-0} / 1024))
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || die "missing: $* (no apt-get here: install them yourself)"
  [ "$(id -u)" = 0 ] || die "missing Debian packages: $* (run as root, or: sudo apt-get install $*)"
  log "installing Debian packages: $*"
  # Keep the packages' init scripts from starting system-wide daemons (e.g. a redis on 6379).
  local policy=/usr/sbin/policy-rc.d own_policy=0
  if [ ! -e "$policy" ]; then
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && own_policy=1
  fi
  local rc=0
  {
    if [ "$APT_UPDATED" = 0 ]; then
      timeout 600 apt-get update -qq >&2 && APT_UPDATED=1
    fi &&
      DEBIAN_FRONTEND=noninteractive timeout 1200 apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  } || rc=$?
  if [ "$own_policy" = 1 ]; then
    rm -f "$policy"
    trap - EXIT
  fi
  [ "$rc" = 0 ] || die "apt-get install $* failed (exit $rc)"
}

version_ge() {  # version_ge A B: A >= B (dotted numbers)
  [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -n1)" = "$2" ]
}

# Stop a process: SIGTERM, then SIGKILL after WAIT seconds.
stop_pid() {
  local pid=$1 wait=$2 deadline
  kill -TERM "$pid" 2>/dev/null || return 0
  deadline=$(($(now) + wait))
  while alive "$pid"; do
    if [ "$(now)" -ge "$deadline" ]; then
      log "pid $pid did not stop within ${wait}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.2
  done
}

# Wait until HEALTH_FN succeeds; fail early if the process exits.
wait_healthy() {
  local name=$1 pid=$2 health_fn=$3 start deadline
  start=$(now)
  deadline=$((start + HEALTH_TIMEOUT))
  until "$health_fn"; do
    if ! alive "$pid"; then
      log_tail "$name"
      rm -f "$(pid_file "$name")"
      die "$name exited while starting (log: $(log_file "$name"))"
    fi
    if [ "$(now)" -ge "$deadline" ]; then
      log_tail "$name"
      stop_pid "$pid" 20
      rm -f "$(pid_file "$name")"
      die "$name was not healthy within ${HEALTH_TIMEOUT}s (log: $(log_file "$name"))"
    fi
    sleep 0.5
  done
  log "$name is up after $(($(now) - start))s (pid $pid, $(rss_of "$pid") MiB resident)"
}

# Start a command in its own session, detached from this shell, with its output in the log.
# Prints the pid.
spawn() {
  local name=$1
  shift
  local logf
  logf=$(log_file "$name")
  mkdir -p "$SVC/logs" "$SVC/$name"
  printf '\n=== %s: starting %s\n' "$(date -Is)" "$name" >>"$logf"
  setsid "$@" </dev/null >>"$logf" 2>&1 9>&- &
  local pid=$!
  printf '%s\n' "$pid" >"$(pid_file "$name")"
  printf '%s' "$pid"
}

# -------------------------------------------------- external or local servers

# A service is external when its variable is set to something other than this script's own server.
is_external() {
  local value
  case $1 in
    redis)
      value=${SOHOA_BROKER_URL:-}
      [ -n "$value" ] || return 1
      value=${value%/}
      case $value in
        "redis://$HOST:$REDIS_PORT" | "redis://$HOST:$REDIS_PORT/"* | \
          "redis://localhost:$REDIS_PORT" | "redis://localhost:$REDIS_PORT/"*) return 1 ;;
      esac
      ;;
    minio)
      value=${SOHOA_S3_ENDPOINT:-}
      [ -n "$value" ] || return 1
      value=${value#http://}
      value=${value%/}
      case $value in
        "$HOST:$MINIO_PORT" | "localhost:$MINIO_PORT") return 1 ;;
      esac
      ;;
    es)
      value=${SOHOA_ES_URL:-}
      [ -n "$value" ] || return 1
      value=${value%/}
      case $value in
        "http://$HOST:$ES_PORT" | "http://localhost:$ES_PORT") return 1 ;;
      esac
      ;;
    postgres)
      value=${SOHOA_DATABASE_URL:-}
      [ -n "$value" ] || return 1
      [ "$value" != "$LOCAL_DATABASE_URL" ] || return 1
      ;;
    minio2)
      value=${SOHOA_REPLICA__S3_ENDPOINT:-}
      [ -n "$value" ] || return 1
      value=${value#http://}
      value=${value%/}
      case $value in
        "$HOST:$MINIO2_PORT" | "localhost:$MINIO2_PORT") return 1 ;;
      esac
      ;;
  esac
  return 0
}

external_url() {
  case $1 in
    redis) printf '%s' "$SOHOA_BROKER_URL" ;;
    minio) printf '%s' "$SOHOA_S3_ENDPOINT" ;;
    es) printf '%s' "$SOHOA_ES_URL" ;;
    postgres) printf '%s' "$SOHOA_DATABASE_URL" ;;
    minio2) printf '%s' "$SOHOA_REPLICA__S3_ENDPOINT" ;;
  esac
}

local_url() {
  case $1 in
    redis) printf '%s' "$LOCAL_BROKER_URL" ;;
    minio) printf 'http://%s (console http://%s:%s)' "$LOCAL_S3_ENDPOINT" "$HOST" "$MINIO_CONSOLE_PORT" ;;
    es) printf '%s' "$LOCAL_ES_URL" ;;
    postgres) printf '%s' "$LOCAL_DATABASE_URL" ;;
    minio2) printf 'http://%s (console http://%s:%s)' "$LOCAL_REPLICA_ENDPOINT" "$HOST" "$MINIO2_CONSOLE_PORT" ;;
  esac
}

# host and port of a URL or host:port, defaulting the port by scheme
host_port() {
  local url=$1 default_port=$2 rest hostport
  rest=${url#*://}
  rest=${rest#*@}
  hostport=${rest%%/*}
  case $hostport in
    *:*) printf '%s %s' "${hostport%:*}" "${hostport##*:}" ;;
    *) printf '%s %s' "$hostport" "$default_port" ;;
  esac
}

external_reachable() {
  local url hp
  url=$(external_url "$1")
  case $1 in
    redis)
      if command -v redis-cli >/dev/null; then
        local reply
        reply=$(timeout 5 redis-cli -u "$url" ping 2>&1 || true)
        case $reply in PONG | *NOAUTH* | *WRONGPASS*) return 0 ;; esac
        return 1
      fi
      hp=$(host_port "$url" 6379)
      # shellcheck disable=SC2086 # two words: host and port
      port_open $hp
      ;;
    minio | minio2)
      case $url in *://*) ;; *) url="http://$url" ;; esac
      local code
      code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url/minio/health/live" || true)
      [ "${code:-000}" != 000 ]
      ;;
    es)
      local code
      code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url" || true)
      [ "${code:-000}" != 000 ]
      ;;
    postgres)
      timeout 5 pg_isready -q -d "$url"
      ;;
  esac
}

# ------------------------------------------------------------------- Redis

redis_healthy() {
  [ "$(timeout 3 redis-cli -h "$HOST" -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]
}

redis_start() {
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    apt_install redis-server redis-tools
  fi
  mkdir -p "$SVC/redis" "$SVC/logs"
  local pid
  pid=$(spawn redis redis-server \
    --bind "$HOST" --port "$REDIS_PORT" --protected-mode yes \
    --daemonize no \
    --dir "$SVC/redis" --save '' --appendonly yes --appendfsync everysec \
    --loglevel notice --logfile '')
  wait_healthy redis "$pid" redis_healthy
}

# -------------------------------------------------------------- PostgreSQL

pg_bindir() {  # the newest Debian PostgreSQL server's programs
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n1)
  [ -n "$dir" ] && [ -x "$dir/postgres" ] && printf '%s' "$dir"
}

as_pg() {  # run a PostgreSQL program as the user that owns the cluster
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=postgres --regid=postgres --init-groups --reset-env -- "$@"
  else
    "$@"
  fi
}

postgres_healthy() {
  timeout 3 pg_isready -q -h "$HOST" -p "$PG_PORT" -U sohoa -d sohoa 2>/dev/null
}

postgres_start() {
  [ -n "$(pg_bindir)" ] && command -v pg_isready >/dev/null || apt_install postgresql postgresql-client
  local bin data=$SVC/postgres/data pid
  bin=$(pg_bindir) || die "postgresql is installed but no server program was found under /usr/lib/postgresql"
  mkdir -p "$SVC/postgres" "$SVC/logs"
  [ "$(id -u)" != 0 ] || chown postgres:postgres "$SVC/postgres"
  if [ ! -s "$data/PG_VERSION" ]; then
    log "postgres: making a private cluster in $data"
    as_pg "$bin/initdb" -D "$data" -U sohoa --auth=trust -E UTF8 --locale=C.UTF-8 >>"$(log_file postgres)" 2>&1 ||
      die "initdb failed (log: $(log_file postgres))"
  fi
  local as=()
  [ "$(id -u)" != 0 ] || as=(setpriv --reuid=postgres --regid=postgres --init-groups --reset-env --)
  pid=$(spawn postgres "${as[@]}" "$bin/postgres" -D "$data" -h "$HOST" -p "$PG_PORT" \
    -k "$SVC/postgres" -c fsync=on -c synchronous_commit=on -c full_page_writes=on \
    -c max_connections=200 -c shared_buffers=64MB)
  wait_healthy postgres "$pid" postgres_healthy
  if [ "$(psql -h "$HOST" -p "$PG_PORT" -U sohoa -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'sohoa'")" != 1 ]; then
    psql -q -h "$HOST" -p "$PG_PORT" -U sohoa -d postgres -c 'CREATE DATABASE sohoa' ||
      die "the database sohoa could not be made"
  fi
}

# ------------------------------------------------------------------- MinIO

minio_bin() { printf '%s/bin/minio-%s' "$CACHE" "$MINIO_VERSION"; }

minio_credentials() {  # minio_credentials [minio|minio2]: prints "user password", creating them on first use
  local name=${1:-minio}
  local file=$SVC/$name/credentials user='' password='' key value
  if [ ! -s "$file" ]; then
    mkdir -p "$SVC/$name"
    (
      umask 077
      printf 'MINIO_ROOT_USER=sohoa%s\nMINIO_ROOT_PASSWORD=%s\n' \
        "$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')" \
        "$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" >"$file.tmp"
      mv "$file.tmp" "$file"
    )
  fi
  chmod 600 "$file"
  while IFS='=' read -r key value; do
    case $key in
      MINIO_ROOT_USER) user=$value ;;
      MINIO_ROOT_PASSWORD) password=$value ;;
    esac
  done <"$file"
  if [ -z "$user" ] || [ -z "$password" ]; then
    die "$file lacks MINIO_ROOT_USER or MINIO_ROOT_PASSWORD"
  fi
  printf '%s %s' "$user" "$password"
}

find_go() {
  local go
  if command -v go >/dev/null; then
    go=$(command -v go)
  elif [ -x /usr/local/go/bin/go ]; then
    go=/usr/local/go/bin/go
  else
    local candidate
    candidate=$(apt-cache policy golang-go 2>/dev/null | awk '/Candidate:/ {print $2}' | sed -E 's/^[0-9]+://; s/[~+-].*//')
    if [ -n "$candidate" ] && [ "$candidate" != "(none)" ] && version_ge "$candidate" "$MINIO_GO_MIN"; then
      apt_install golang-go
      go=$(command -v go)
    else
      die "building MinIO needs Go >= $MINIO_GO_MIN: none is installed and Debian offers golang-go ${candidate:-none}; install Go into /usr/local/go or put it on PATH"
    fi
  fi
  local have
  have=$("$go" env GOVERSION 2>/dev/null | sed 's/^go//')
  version_ge "${have:-0}" "$MINIO_GO_MIN" || die "building MinIO needs Go >= $MINIO_GO_MIN; $go is ${have:-unknown}"
  printf '%s' "$go"
}

minio_build() {
  local bin go start tmp logf
  bin=$(minio_bin)
  [ -x "$bin" ] && return 0
  go=$(find_go)
  logf=$SVC/logs/minio-build.log
  mkdir -p "$SVC/logs" "$CACHE/bin" "$CACHE/go"
  tmp=$(mktemp -d "$CACHE/bin/.build.XXXXXX")
  log "building MinIO $MINIO_VERSION with $("$go" env GOVERSION) (a few minutes while the Go caches are empty; log: $logf)"
  start=$(now)
  if ! env GOPATH="$CACHE/go" GOMODCACHE="$CACHE/go/pkg/mod" GOCACHE="$CACHE/go/build" \
    GOBIN="$tmp" CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-buildvcs=false \
    timeout "$MINIO_BUILD_TIMEOUT" "$go" install -trimpath \
    -ldflags "-s -w -X github.com/minio/minio/cmd.CommitID=$MINIO_COMMIT -X github.com/minio/minio/cmd.ShortCommitID=${MINIO_COMMIT:0:12}" \
    "$MINIO_MODULE@$MINIO_VERSION" >"$logf" 2>&1; then
    rm -rf "$tmp"
    tail -n 30 "$logf" >&2
    die "building MinIO failed (log: $logf)"
  fi
  mv "$tmp/minio" "$bin"
  rm -rf "$tmp"
  log "built $bin in $(($(now) - start))s"
}

minio_healthy() {
  curl -sf -m 3 -o /dev/null "http://$HOST:$MINIO_PORT/minio/health/live"
}

minio2_healthy() {
  curl -sf -m 3 -o /dev/null "http://$HOST:$MINIO2_PORT/minio/health/live"
}

minio_spawn() {  # minio_spawn NAME PORT CONSOLE_PORT: one MinIO server with its own data and keys
  local name=$1 port=$2 console=$3 creds user password pid
  minio_build
  creds=$(minio_credentials "$name")
  user=${creds%% *}
  password=${creds#* }
  mkdir -p "$SVC/$name/data"
  pid=$(spawn "$name" env \
    MINIO_ROOT_USER="$user" MINIO_ROOT_PASSWORD="$password" \
    MINIO_UPDATE=off MINIO_CALLHOME_ENABLE=off \
    "$(minio_bin)" server "$SVC/$name/data" \
    --address "$HOST:$port" --console-address "$HOST:$console")
  wait_healthy "$name" "$pid" "${name}_healthy"
}

minio_start() { minio_spawn minio "$MINIO_PORT" "$MINIO_CONSOLE_PORT"; }

# The second server: the replica of the archive bucket (`sohoa replica setup`) and the S3
# backup medium. The same binary; at a site it runs on another machine and disk.
minio2_start() { minio_spawn minio2 "$MINIO2_PORT" "$MINIO2_CONSOLE_PORT"; }

# ----------------------------------------------------------- Elasticsearch

# shellcheck source=lib/java.sh
. "$ROOT/scripts/lib/java.sh"

es_build_dir() {  # one build per content of the runner project
  local sum
  sum=$(cd "$ES_RUNNER" && find pom.xml src -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
  printf '%s/es-runner/%s' "$CACHE" "$sum"
}

es_build() {
  local dir logf start
  dir=$(es_build_dir)
  if [ -s "$dir/classpath.txt" ] && [ -d "$dir/target/classes/sohoa" ] &&
    tr ':' '\n' <"$dir/classpath.txt" | while read -r jar; do [ -f "$jar" ] || exit 1; done; then
    ensure_java 0
    return 0
  fi
  ensure_java 1
  logf=$SVC/logs/es-build.log
  mkdir -p "$SVC/logs" "$CACHE/m2"
  log "building the Elasticsearch runner (log: $logf)"
  start=$(now)
  rm -rf "$dir"
  if ! timeout "$ES_BUILD_TIMEOUT" mvn -B -q -Dstyle.color=never \
    -Dmaven.repo.local="$CACHE/m2" -DbuildDir="$dir/target" \
    -f "$ES_RUNNER/pom.xml" compile dependency:build-classpath \
    -Dmdep.outputFile="$dir/classpath.txt" -Dmdep.includeScope=runtime >"$logf" 2>&1; then
    rm -rf "$dir"
    tail -n 30 "$logf" >&2
    die "building the Elasticsearch runner failed (log: $logf)"
  fi
  log "built the Elasticsearch runner in $(($(now) - start))s"
}

es_healthy() {
  curl -sf -m 5 -o /dev/null "http://$HOST:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s"
}

es_start() {
  es_build
  local dir home=$SVC/es pid
  dir=$(es_build_dir)
  mkdir -p "$home/config" "$home/tmp"
  cp "$ES_RUNNER/log4j2.properties" "$home/config/log4j2.properties"
  pid=$(spawn es java \
    "-Xms$ES_HEAP" "-Xmx$ES_HEAP" \
    -XX:+UseG1GC -XX:G1ReservePercent=25 -XX:InitiatingHeapOccupancyPercent=30 \
    -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError \
    -Dfile.encoding=UTF-8 -Djava.io.tmpdir="$home/tmp" -Djna.nosys=true \
    -Dlog4j2.formatMsgNoLookups=true -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
    -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true -Dio.netty.recycler.maxCapacityPerThread=0 \
    -Des.networkaddress.cache.ttl=60 -Des.networkaddress.cache.negative.ttl=10 \
    -Dsohoa.es.home="$home" -Dsohoa.es.host="$HOST" \
    -Dsohoa.es.http_port="$ES_PORT" -Dsohoa.es.transport_port="$ES_TRANSPORT_PORT" \
    -cp "$dir/target/classes:$(cat "$dir/classpath.txt")" sohoa.esrunner.Main)
  wait_healthy es "$pid" es_healthy
}

# ---------------------------------------------------------------- commands

service_port() {
  case $1 in
    redis) echo "$REDIS_PORT" ;;
    minio) echo "$MINIO_PORT $MINIO_CONSOLE_PORT" ;;
    es) echo "$ES_PORT $ES_TRANSPORT_PORT" ;;
    postgres) echo "$PG_PORT" ;;
    minio2) echo "$MINIO2_PORT $MINIO2_CONSOLE_PORT" ;;
  esac
}

up_one() {
  local name=$1 pid port
  if is_external "$name"; then
    external_reachable "$name" || die "$name: external server $(external_url "$name") does not answer"
    log "$name: using external $(external_url "$name")"
    return 0
  fi
  pid=$(live_pid "$name")
  if [ -n "$pid" ]; then
    if "${name}_healthy"; then
      log "$name: already running (pid $pid) at $(local_url "$name")"
    else
      log "$name: running (pid $pid) but not healthy yet; waiting"
      wait_healthy "$name" "$pid" "${name}_healthy"
    fi
    return 0
  fi
  rm -f "$(pid_file "$name")"
  for port in $(service_port "$name"); do
    if port_open "$HOST" "$port"; then
      die "$name: port $port on $HOST is taken by another program; stop it or choose other ports (see the top of $0)"
    fi
  done
  "${name}_start"
}

down_one() {
  local name=$1 pid wait=15
  [ "$name" = es ] && wait=60
  pid=$(live_pid "$name")
  if [ -z "$pid" ]; then
    rm -f "$(pid_file "$name")"
    if is_external "$name"; then
      log "$name: external $(external_url "$name"), left alone"
    else
      log "$name: not running"
    fi
    return 0
  fi
  [ "$name" != postgres ] || kill -INT "$pid" 2>/dev/null || true  # fast shutdown: ends sessions
  stop_pid "$pid" "$wait"
  rm -f "$(pid_file "$name")"
  log "$name: stopped (pid $pid)"
}

status_one() {  # prints one line; returns 1 if the service is not usable
  local name=$1 pid
  if is_external "$name"; then
    if external_reachable "$name"; then
      printf '%-6s external, reachable    %s\n' "$name" "$(external_url "$name")"
      return 0
    fi
    printf '%-6s external, UNREACHABLE  %s\n' "$name" "$(external_url "$name")"
    return 1
  fi
  pid=$(live_pid "$name")
  if [ -z "$pid" ]; then
    printf '%-6s stopped                %s\n' "$name" "$(local_url "$name")"
    return 1
  fi
  if "${name}_healthy"; then
    printf '%-6s running, healthy       %s  pid %s, %s MiB\n' "$name" "$(local_url "$name")" "$pid" "$(rss_of "$pid")"
    return 0
  fi
  printf '%-6s running, NOT HEALTHY   %s  pid %s (log: %s)\n' "$name" "$(local_url "$name")" "$pid" "$(log_file "$name")"
  return 1
}

print_env() {
  local user='' password='' creds
  if is_external redis; then
    printf 'export SOHOA_BROKER_URL=%q\n' "$SOHOA_BROKER_URL"
  else
    printf 'export SOHOA_BROKER_URL=%q\n' "$LOCAL_BROKER_URL"
  fi
  if is_external minio; then
    printf 'export SOHOA_S3_ENDPOINT=%q\n' "$SOHOA_S3_ENDPOINT"
    [ -z "${SOHOA_S3_ACCESS_KEY:-}" ] || printf 'export SOHOA_S3_ACCESS_KEY=%q\n' "$SOHOA_S3_ACCESS_KEY"
    [ -z "${SOHOA_S3_SECRET_KEY:-}" ] || printf 'export SOHOA_S3_SECRET_KEY=%q\n' "$SOHOA_S3_SECRET_KEY"
  else
    creds=$(minio_credentials)
    user=${creds%% *}
    password=${creds#* }
    printf 'export SOHOA_S3_ENDPOINT=%q\n' "$LOCAL_S3_ENDPOINT"
    printf 'export SOHOA_S3_ACCESS_KEY=%q\n' "$user"
    printf 'export SOHOA_S3_SECRET_KEY=%q\n' "$password"
  fi
  if is_external es; then
    printf 'export SOHOA_ES_URL=%q\n' "$SOHOA_ES_URL"
  else
    printf 'export SOHOA_ES_URL=%q\n' "$LOCAL_ES_URL"
  fi
  if is_external postgres; then
    printf 'export SOHOA_DATABASE_URL=%q\n' "$SOHOA_DATABASE_URL"
  else
    printf 'export SOHOA_DATABASE_URL=%q\n' "$LOCAL_DATABASE_URL"
  fi
  local endpoint=$LOCAL_REPLICA_ENDPOINT
  if is_external minio2; then
    endpoint=$SOHOA_REPLICA__S3_ENDPOINT
    user=${SOHOA_REPLICA__S3_ACCESS_KEY:-}
    password=${SOHOA_REPLICA__S3_SECRET_KEY:-}
  else
    creds=$(minio_credentials minio2)
    user=${creds%% *}
    password=${creds#* }
  fi
  # the second MinIO: the archive bucket's replica, and the S3 backup medium
  local prefix
  for prefix in SOHOA_REPLICA__S3 SOHOA_BACKUP__S3; do
    printf 'export %s_ENDPOINT=%q\n' "$prefix" "$endpoint"
    [ -z "$user" ] || printf 'export %s_ACCESS_KEY=%q\n' "$prefix" "$user"
    [ -z "$password" ] || printf 'export %s_SECRET_KEY=%q\n' "$prefix" "$password"
  done
}

with_lock() {  # one `up`/`down` at a time for a services dir
  mkdir -p "$SVC"
  exec 9>"$SVC/.lock"
  flock -w "$((MINIO_BUILD_TIMEOUT + ES_BUILD_TIMEOUT + 2 * HEALTH_TIMEOUT))" 9 ||
    die "another services.sh is still working on $SVC"
}

main() {
  [ $# -ge 1 ] || usage
  local cmd=$1 name rc=0
  shift
  local services=("$@")
  [ ${#services[@]} -gt 0 ] || services=("${ALL_SERVICES[@]}")
  for name in "${services[@]}"; do
    case $name in redis | minio | es | postgres | minio2) ;; *) die "unknown service '$name' (redis, minio, es, postgres, minio2)" ;; esac
  done
  case $cmd in
    up)
      command -v curl >/dev/null || apt_install curl ca-certificates
      with_lock
      for name in "${services[@]}"; do up_one "$name"; done
      ;;
    down)
      with_lock
      local i
      for ((i = ${#services[@]} - 1; i >= 0; i--)); do down_one "${services[i]}"; done
      ;;
    status)
      for name in "${services[@]}"; do status_one "$name" || rc=1; done
      return "$rc"
      ;;
    env)
      print_env
      ;;
    -h | --help | help) usage ;;
    *) usage ;;
  esac
}

main "$@"
