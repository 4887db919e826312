#!/usr/bin/env bash
# A throw-away PostgreSQL 15 + PostGIS 3 cluster for the PostGIS tests
# (tests/postgis/) and the PostGIS benchmark (bench/postgis_bench.sh).
#
#   eval "$(scripts/postgis-cluster.sh start)"   # prints export lines
#   ... ctest / qgis_process ...
#   scripts/postgis-cluster.sh stop "$TARGETGROUP_TEST_PG_DIR"
#
# start: initdb into a new temporary folder (mktemp -d) as an unprivileged user
#   (as root: the "postgres" system user, through runuser), a free port, the
#   Unix socket in that folder and no TCP listener (listen_addresses=''),
#   password authentication over the socket (scram-sha-256, pg_hba.conf set
#   here), every statement logged (log_statement=all, to server.log in the
#   folder, so the tests can see what the server ran), a database "tg" with
#   CREATE EXTENSION postgis. The password is in a file of the folder that only
#   the caller can read; it is not exported (PGPASSWORD would make every
#   connection succeed, and the credential tests would prove nothing).
#   Prints, for eval:
#     TARGETGROUP_TEST_PG_DIR            the folder (give it to stop)
#     TARGETGROUP_TEST_PG_HOST           the socket folder (host=… in a connection)
#     TARGETGROUP_TEST_PG_PORT, TARGETGROUP_TEST_PG_DBNAME, TARGETGROUP_TEST_PG_USER
#     TARGETGROUP_TEST_PG_PASSWORD_FILE  the file holding the user's password
#     TARGETGROUP_TEST_PG_LOG            the server log
# stop DIR: stops the server (fast shutdown) and removes the folder. Safe to
#   call twice, or on a folder whose server never started.
set -euo pipefail

pg_bindir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  echo "postgis-cluster: no initdb under /usr/lib/postgresql/*/bin; run scripts/install-deps.sh as root" >&2
  exit 1
}

# Runs a command as the cluster's owner: the postgres system user when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local bindir dir port password
  bindir="$(pg_bindir)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/tg-pg.XXXXXX")"
  chmod 0755 "$dir"
  mkdir "$dir/data" "$dir/socket"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "postgis-cluster: no postgres system user (install postgresql-15)" >&2; rm -rf "$dir"; exit 1; }
    chown postgres: "$dir/data" "$dir/socket"
  fi
  chmod 0700 "$dir/data"
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  # initdb reads the password from a file the owner can read; the copy for the
  # tests stays with the caller (0600).
  (umask 077 && printf '%s\n' "$password" >"$dir/password")
  install -m 0600 "$dir/password" "$dir/data/initdb-password"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/data/initdb-password"
  port="$(free_port)"
  as_owner "$bindir/initdb" --pgdata="$dir/data/cluster" --username=tg --pwfile="$dir/data/initdb-password" \
    --auth-local=scram-sha-256 --auth-host=reject --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    exit 1
  }
  rm -f "$dir/data/initdb-password"
  # Only the socket, only with a password.
  printf 'local all all scram-sha-256\n' >"$dir/pg_hba.conf"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pg_hba.conf"
  mv "$dir/pg_hba.conf" "$dir/data/cluster/pg_hba.conf"
  touch "$dir/server.log"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/server.log"
  if ! as_owner "$bindir/pg_ctl" --pgdata="$dir/data/cluster" --log="$dir/server.log" --wait --timeout=60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -p $port -c log_statement=all -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
    start >/dev/null; then
    cat "$dir/server.log" >&2
    stop "$dir"
    exit 1
  fi
  PGPASSWORD="$password" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U tg -d postgres \
    -c "CREATE DATABASE tg" >/dev/null
  if ! PGPASSWORD="$password" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U tg -d tg \
    -c "CREATE EXTENSION postgis" >/dev/null; then
    echo "postgis-cluster: CREATE EXTENSION postgis failed (install postgresql-15-postgis-3)" >&2
    stop "$dir"
    exit 1
  fi
  cat <<EOF
export TARGETGROUP_TEST_PG_DIR='$dir'
export TARGETGROUP_TEST_PG_HOST='$dir/socket'
export TARGETGROUP_TEST_PG_PORT='$port'
export TARGETGROUP_TEST_PG_DBNAME='tg'
export TARGETGROUP_TEST_PG_USER='tg'
export TARGETGROUP_TEST_PG_PASSWORD_FILE='$dir/password'
export TARGETGROUP_TEST_PG_LOG='$dir/server.log'
EOF
  echo "postgis-cluster: started PostgreSQL (PostGIS) on socket $dir/socket, port $port, database tg" >&2
}

stop() {
  local dir="${1:-}" bindir
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    return 0
  fi
  case "$(basename "$dir")" in
    tg-pg.*) ;;
    *)
      echo "postgis-cluster: $dir is not a folder this script made (tg-pg.*); not removing it" >&2
      exit 1
      ;;
  esac
  bindir="$(pg_bindir)"
  if [ -f "$dir/data/cluster/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data/cluster" --mode=fast --wait --timeout=60 stop >/dev/null 2>&1 ||
      as_owner "$bindir/pg_ctl" --pgdata="$dir/data/cluster" --mode=immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  echo "postgis-cluster: stopped and removed $dir" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
