#!/usr/bin/env bash
# Start a local PostgreSQL for tests on a Debian 12 machine where we are root. Idempotent:
# safe to run again when the server is already installed, running and provisioned.
#
#   scripts/start-postgres.sh          # prints the connection string on stdout (last line)
#
# Steps: install Debian's `postgresql` if no server binaries are present; start the packaged
# cluster (pg_ctlcluster <ver> main) or, when no cluster exists, initdb a private one under /tmp;
# listen on 127.0.0.1:5432; set the postgres user's password to `postgres`; create the test
# database; wait for pg_isready.
set -euo pipefail

PGHOST_ADDR=127.0.0.1
PGPORT=5432
PGPASSWORD_VALUE=postgres
TEST_DB=casting_agency_test
PRIVATE_DATA=/tmp/casting-agency-pg/data
PRIVATE_LOG=/tmp/casting-agency-pg/postgres.log

log() { echo "[start-postgres] $*" >&2; }

if [[ $(id -u) -ne 0 ]]; then
  log "must run as root (installs packages and switches to the postgres user)"; exit 1
fi

server_bin_dir() {
  # Newest installed server version that has the postgres binary.
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$d/postgres" && -x "$d/initdb" ]] && { echo "$d"; return 0; }
  done
  return 1
}

# 1. Install the server if missing.
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! server_bin_dir >/dev/null; then
  log "PostgreSQL server not found; installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >&2
fi

BIN=$(server_bin_dir) || { log "no PostgreSQL server binaries after install"; exit 1; }
VER=$(basename "$(dirname "$BIN")")
log "server binaries: $BIN (version $VER)"

as_postgres() { runuser -u postgres -- "$@"; }

ready() { "$BIN/pg_isready" -q -h "$PGHOST_ADDR" -p "$PGPORT"; }

# 2. Start a cluster listening on 127.0.0.1:5432.
if ready; then
  log "a server already accepts connections on $PGHOST_ADDR:$PGPORT"
elif [[ -f /etc/postgresql/$VER/main/postgresql.conf ]]; then
  conf=/etc/postgresql/$VER/main/postgresql.conf
  # Pin address and port with a drop-in (Debian's postgresql.conf has include_dir = 'conf.d',
  # read last, so these win); rewritten each run, so it stays idempotent.
  mkdir -p "/etc/postgresql/$VER/main/conf.d"
  printf "listen_addresses = '%s'\nport = %s\n" "$PGHOST_ADDR" "$PGPORT" \
    > "/etc/postgresql/$VER/main/conf.d/casting-agency-tests.conf"
  grep -Eq "^\s*include_dir\s*=\s*'conf.d'" "$conf" || { log "$conf has no include_dir = 'conf.d'"; exit 1; }
  status=$(pg_lsclusters -h "$VER" main 2>/dev/null | awk '{print $4}')
  if [[ "$status" == online* ]]; then
    # Online but not answering on 127.0.0.1:5432 (e.g. it was started with other settings).
    log "cluster $VER/main online but not ready on $PGHOST_ADDR:$PGPORT; restarting"
    pg_ctlcluster "$VER" main restart
  else
    log "starting cluster $VER/main"
    pg_ctlcluster "$VER" main start
  fi
else
  # No packaged cluster: a private data directory under /tmp, owned by postgres.
  mkdir -p "$(dirname "$PRIVATE_DATA")"
  chown postgres:postgres "$(dirname "$PRIVATE_DATA")"
  if [[ ! -f "$PRIVATE_DATA/PG_VERSION" ]]; then
    log "initdb $PRIVATE_DATA"
    as_postgres "$BIN/initdb" -D "$PRIVATE_DATA" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >&2
  fi
  mkdir -p /var/run/postgresql && chown postgres:postgres /var/run/postgresql
  if ! as_postgres "$BIN/pg_ctl" -D "$PRIVATE_DATA" status >/dev/null 2>&1; then
    log "starting private cluster in $PRIVATE_DATA"
    as_postgres "$BIN/pg_ctl" -D "$PRIVATE_DATA" -l "$PRIVATE_LOG" -w \
      -o "-c listen_addresses=$PGHOST_ADDR -c port=$PGPORT -c unix_socket_directories=/var/run/postgresql" start >&2
  fi
fi

# 3. Wait until it accepts TCP connections on 127.0.0.1.
for _ in $(seq 1 60); do
  ready && break
  sleep 0.5
done
ready || { log "server did not become ready on $PGHOST_ADDR:$PGPORT"; exit 1; }

# 4. Password and test database, over the local socket as the postgres OS user (peer auth).
psql_local() { as_postgres psql -p "$PGPORT" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_local -d postgres -c "ALTER USER postgres WITH PASSWORD '$PGPASSWORD_VALUE';" >/dev/null
if [[ "$(psql_local -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$TEST_DB'")" != "1" ]]; then
  log "creating database $TEST_DB"
  psql_local -d postgres -c "CREATE DATABASE $TEST_DB;" >/dev/null
fi

# 5. Prove a password login over TCP works, then print the connection string.
PGPASSWORD=$PGPASSWORD_VALUE psql -h "$PGHOST_ADDR" -p "$PGPORT" -U postgres -d "$TEST_DB" -qAt -c "SELECT 1" >/dev/null
log "ready"
echo "Host=$PGHOST_ADDR;Port=$PGPORT;Database=$TEST_DB;Username=postgres;Password=$PGPASSWORD_VALUE"
