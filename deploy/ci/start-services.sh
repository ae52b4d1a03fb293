#!/usr/bin/env bash
# Starts the services the tests need: PostgreSQL 15 on 127.0.0.1:5432 and an
# SMTP sink on 127.0.0.1:2525 that writes to a Maildir. Idempotent: services
# already running are left alone (PostgreSQL restarts only if its settings
# changed).
#
#   --fast   trade durability for speed (fsync etc. off). CI only; benchmarks
#            must run without it.
set -euo pipefail

FAST=0
for arg in "$@"; do
  case "$arg" in
    --fast) FAST=1 ;;
    *) echo "usage: $0 [--fast]" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=env.sh
source "$HERE/env.sh"

as_postgres() {
  # cd /: the postgres user may not be allowed into the caller's directory.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi
}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# Runs a command that leaves a daemon behind, with every file descriptor above
# stdio closed: a daemon holding the caller's pipes open would keep a caller
# that reads them to EOF (a CI runner) waiting forever.
detached() {
  (
    for fd in "/proc/$BASHPID/fd/"*; do
      fd=${fd##*/}
      [ "$fd" -gt 2 ] && { eval "exec $fd>&-" 2>/dev/null || true; }
    done
    exec "$@"
  )
}

# ---- PostgreSQL ------------------------------------------------------------
PG_VERSION=15
PG_CLUSTER=main
PG_CONF_DIR="/etc/postgresql/$PG_VERSION/$PG_CLUSTER"

if [ ! -d "$PG_CONF_DIR" ]; then
  # Explicit UTF-8: without a locale in the environment initdb picks SQL_ASCII.
  $SUDO pg_createcluster --locale=C.UTF-8 --encoding=UTF8 "$PG_VERSION" "$PG_CLUSTER"
fi

pg_settings() {
  cat <<EOF
listen_addresses = '127.0.0.1'
port = 5432
max_connections = 300
shared_buffers = 256MB
password_encryption = 'scram-sha-256'
EOF
  if [ "$FAST" -eq 1 ]; then
    cat <<EOF
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi
}

conf_file="$PG_CONF_DIR/conf.d/campaigns.conf"
new_conf="$(pg_settings)"
changed=0
if [ "$(cat "$conf_file" 2>/dev/null || true)" != "$new_conf" ]; then
  $SUDO mkdir -p "$PG_CONF_DIR/conf.d"
  printf '%s\n' "$new_conf" | $SUDO tee "$conf_file" >/dev/null
  changed=1
fi

if pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" | grep -q online; then
  if [ "$changed" -eq 1 ]; then
    echo "start-services: PostgreSQL settings changed, restarting"
    detached $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart
  fi
else
  detached $SUDO pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
fi

for _ in $(seq 60); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p 5432

as_postgres psql -q -v ON_ERROR_STOP=1 -c "ALTER USER postgres PASSWORD 'postgres'"

# ---- SMTP sink -------------------------------------------------------------
SMTP_PID="$CAMPAIGNS_CI_DIR/smtp.pid"
SMTP_LOG="$CAMPAIGNS_CI_DIR/smtp.log"
mkdir -p "$CAMPAIGNS_CI_DIR"

smtp_up() { (exec 3<>"/dev/tcp/$CAMPAIGNS_TEST_SMTP_HOST/$CAMPAIGNS_TEST_SMTP_PORT") 2>/dev/null; }

if smtp_up; then
  echo "start-services: SMTP already listening on port $CAMPAIGNS_TEST_SMTP_PORT (pid file: $(cat "$SMTP_PID" 2>/dev/null || echo none))"
else
  # A fresh server starts with an empty Maildir and no leftover fail mode.
  rm -rf "$CAMPAIGNS_TEST_MAILDIR" "$CAMPAIGNS_TEST_SMTP_CONTROL"
  mkdir -p "$CAMPAIGNS_TEST_SMTP_CONTROL"
  rm -f "$SMTP_PID"
  # /usr/bin/python3: python3-aiosmtpd is installed for Debian's Python only,
  # while PATH may lead to another interpreter.
  detached setsid -f /usr/bin/python3 "$HERE/smtp-maildir.py" \
    --maildir "$CAMPAIGNS_TEST_MAILDIR" --control "$CAMPAIGNS_TEST_SMTP_CONTROL" \
    --host "$CAMPAIGNS_TEST_SMTP_HOST" --port "$CAMPAIGNS_TEST_SMTP_PORT" \
    --pidfile "$SMTP_PID" >"$SMTP_LOG" 2>&1 </dev/null
  for _ in $(seq 50); do
    smtp_up && break
    sleep 0.2
  done
  if ! smtp_up; then
    echo "start-services: SMTP server did not start; log:" >&2
    cat "$SMTP_LOG" >&2
    exit 1
  fi
fi

echo "start-services: ready (fast=$FAST). Test environment:"
for v in "${!CAMPAIGNS_TEST_@}"; do printf "export %s='%s'\n" "$v" "${!v}"; done
