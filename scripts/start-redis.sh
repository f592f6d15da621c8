#!/usr/bin/env bash
# Start a private Redis for tests on a Debian 12 machine where we are root. Idempotent: reuses an
# instance that already answers on the port.
#
#   scripts/start-redis.sh          # prints the connection string on stdout (last line): 127.0.0.1:6390
#
# Steps: install Debian's `redis-server` if the binary is missing; start our own instance on
# 127.0.0.1:6390 (not the system service, no persistence, daemonized, pid and log under /tmp);
# wait until it answers PING.
set -euo pipefail

REDIS_HOST=127.0.0.1
REDIS_PORT=${REDIS_PORT:-6390}
STATE_DIR=/tmp/casting-agency-redis
PIDFILE=$STATE_DIR/redis-$REDIS_PORT.pid
LOGFILE=$STATE_DIR/redis-$REDIS_PORT.log

log() { echo "[start-redis] $*" >&2; }

ping() { redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -qx PONG; }

# 1. Install the server if missing.
if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
  if [[ $(id -u) -ne 0 ]]; then
    log "redis-server is not installed and installing it needs root"; exit 1
  fi
  log "redis-server not found; installing Debian's redis-server package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq redis-server >&2
fi

# 2. Start our own instance unless one already answers.
if ping; then
  log "an instance already answers on $REDIS_HOST:$REDIS_PORT"
else
  mkdir -p "$STATE_DIR"
  log "starting redis-server on $REDIS_HOST:$REDIS_PORT ($(redis-server --version | awk '{print $3}'))"
  redis-server --port "$REDIS_PORT" --bind "$REDIS_HOST" --save '' --appendonly no \
    --dir "$STATE_DIR" --daemonize yes --pidfile "$PIDFILE" --logfile "$LOGFILE" >&2
fi

# 3. Wait until it answers PING.
for _ in $(seq 1 50); do
  ping && break
  sleep 0.2
done
ping || { log "redis did not answer PING on $REDIS_HOST:$REDIS_PORT (log: $LOGFILE)"; exit 1; }

log "ready (stop it with: kill \$(cat $PIDFILE))"
echo "$REDIS_HOST:$REDIS_PORT"
