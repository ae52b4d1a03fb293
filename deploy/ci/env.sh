# shellcheck shell=bash
# Source this file to point the test suite at the local services started by
# deploy/ci/start-services.sh.
CAMPAIGNS_CI_DIR="${CAMPAIGNS_CI_DIR:-/tmp/campaigns-ci}"

# Tests create (and drop) their own databases on this server.
export CAMPAIGNS_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres"

export CAMPAIGNS_TEST_SMTP_HOST=127.0.0.1
export CAMPAIGNS_TEST_SMTP_PORT=2525
export CAMPAIGNS_TEST_MAILDIR="$CAMPAIGNS_CI_DIR/maildir"
# Touch "refuse" (451) or "reject" (550) here to make the SMTP server fail.
export CAMPAIGNS_TEST_SMTP_CONTROL="$CAMPAIGNS_CI_DIR/smtp-control"

export CAMPAIGNS_TEST_CHROMIUM=/usr/bin/chromium

# Fail instead of skipping when a service above is missing.
export CAMPAIGNS_TEST_REQUIRE_ALL=1
