#!/usr/bin/env bash
# Builds the app and the benchmark in Release, makes sure PostgreSQL and the
# SMTP sink are up with durable PostgreSQL settings, then runs the benchmark.
# All arguments go to the benchmark (bench/run.sh --help lists them).
#
#   bench/run.sh                                  64 clients, 20 s of signing
#   bench/run.sh --rate 1000                      the issue's target, offered at a fixed rate
#   bench/run.sh --clients 32 --seconds 60 --smtp
#   bench/run.sh --photos                         the case photo pipeline alone (no services needed)
#
# When PostgreSQL is already running with the tests' --fast settings (fsync
# off), it is not restarted, since that would cut off everyone else's
# connections: the durable settings are applied with a reload for the length
# of the run and taken back afterwards. BENCH_KEEP_FAST=1 skips that, and the
# benchmark then says in its output that durability was off.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

echo "bench: building (Release)"
dotnet build -c Release src/Campaigns.Web -nologo -v quiet
dotnet build -c Release bench/Campaigns.Bench -nologo -v quiet
BENCH=(dotnet bench/Campaigns.Bench/bin/Release/net10.0/Campaigns.Bench.dll)
for arg in "$@"; do
  case "$arg" in
    --help|-h) exec "${BENCH[@]}" --help ;;
    --photos) exec "${BENCH[@]}" "$@" ;;
  esac
done

# shellcheck source-path=SCRIPTDIR/.. source=deploy/ci/env.sh
source deploy/ci/env.sh

psql_admin() {
  PGPASSWORD=postgres psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -Atqc "$1"
}
DURABLE_SETTINGS=(fsync synchronous_commit full_page_writes)

restore_fast_settings() {
  echo "bench: giving PostgreSQL back its --fast settings"
  for setting in "${DURABLE_SETTINGS[@]}"; do psql_admin "ALTER SYSTEM RESET $setting"; done
  psql_admin "SELECT pg_reload_conf()" >/dev/null
}

if ! fsync="$(psql_admin "SHOW fsync" 2>/dev/null)"; then
  echo "bench: starting services (PostgreSQL with durable settings, SMTP sink)"
  deploy/ci/start-services.sh >/dev/null
  fsync="$(psql_admin "SHOW fsync")"
fi

if [ "$fsync" != "on" ]; then
  if [ "${BENCH_KEEP_FAST:-0}" = "1" ]; then
    echo "bench: WARNING PostgreSQL runs with the tests' --fast settings (fsync=$fsync); figures will flatter the app."
  else
    echo "bench: PostgreSQL runs with the tests' --fast settings; using durable settings for this run (reload, no restart)"
    trap restore_fast_settings EXIT
    for setting in "${DURABLE_SETTINGS[@]}"; do psql_admin "ALTER SYSTEM SET $setting = on"; done
    psql_admin "SELECT pg_reload_conf()" >/dev/null
    sleep 1
  fi
fi
echo "bench: PostgreSQL fsync=$(psql_admin "SHOW fsync"), synchronous_commit=$(psql_admin "SHOW synchronous_commit")"

for arg in "$@"; do
  if [ "$arg" = "--smtp" ] && ! (exec 3<>"/dev/tcp/$CAMPAIGNS_TEST_SMTP_HOST/$CAMPAIGNS_TEST_SMTP_PORT") 2>/dev/null; then
    echo "bench: no SMTP server on $CAMPAIGNS_TEST_SMTP_HOST:$CAMPAIGNS_TEST_SMTP_PORT; run deploy/ci/start-services.sh first" >&2
    exit 1
  fi
done

"${BENCH[@]}" "$@"
