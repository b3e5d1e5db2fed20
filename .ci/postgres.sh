#!/usr/bin/env bash
# A private PostgreSQL cluster for the archive tests and the search bench.
#
#   eval "$(.ci/postgres.sh start)"   # idempotent; prints: export MARSAD_TEST_PG=postgres://…
#   .ci/postgres.sh url               # the URL of the running cluster (exit 1 if none)
#   .ci/postgres.sh stop
#
# Uses Debian's packages (apt-get install -y postgresql); nothing is started system-wide. The
# cluster lives in $MARSAD_PG_DIR (default /tmp/marsad-pg), listens on 127.0.0.1 at a free port
# with its own socket folder, trusts local connections, and runs without fsync: it holds test data only.
# Run as root, it runs the server as the `postgres` user (initdb refuses root).
set -euo pipefail

DIR="${MARSAD_PG_DIR:-/tmp/marsad-pg}"
DATA="$DIR/data"
DB="${MARSAD_PG_DB:-marsad_test}"

log() { echo "postgres.sh: $*" >&2; }

# Debian keeps the server programs in /usr/lib/postgresql/<version>/bin, off the PATH.
bin_dir() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$d" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/psql" ]; then echo "$d"; return; fi
  if command -v pg_ctl >/dev/null 2>&1 && command -v psql >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  log "PostgreSQL is not installed; run: apt-get update && apt-get install -y postgresql"
  exit 1
}

BIN="$(bin_dir)"

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() { [ -f "$DATA/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

url() { echo "postgres://postgres@127.0.0.1:$(cat "$DIR/port")/$DB"; }

free_port() {
  node -e "const s = require('net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close() })"
}

start() {
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR"; fi
  if ! running; then
    if [ ! -f "$DATA/PG_VERSION" ]; then
      log "initdb in $DATA"
      as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || {
        cat "$DIR/initdb.log" >&2
        exit 1
      }
    fi
    local port
    port="$(free_port)"
    as_owner mkdir -p "$DIR/socket"
    echo "$port" >"$DIR/port"
    log "starting on 127.0.0.1:$port"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
      -o "-p $port -k $DIR/socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 -c shared_buffers=256MB" \
      start >/dev/null || {
      cat "$DIR/server.log" >&2
      exit 1
    }
  fi
  local port
  port="$(cat "$DIR/port")"
  if ! as_owner "$BIN/psql" -h "$DIR/socket" -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    as_owner "$BIN/createdb" -h "$DIR/socket" -p "$port" -U postgres "$DB"
  fi
  echo "export MARSAD_TEST_PG=$(url)"
}

stop() {
  if running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    log "stopped"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) if running; then url; else exit 1; fi ;;
  *)
    echo "usage: $0 start|stop|url" >&2
    exit 2
    ;;
esac
