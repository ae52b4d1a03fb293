#!/usr/bin/env bash
# Installs the system packages the test suite needs (Debian 12). Idempotent:
# packages already present are skipped, and apt is not touched at all when
# nothing is missing.
set -euo pipefail

PACKAGES=(
  ca-certificates
  postgresql            # Debian 12: PostgreSQL 15
  python3-aiosmtpd      # local SMTP sink, see smtp-maildir.py
  chromium
  fonts-liberation      # Arial/Times/Courier-compatible fonts for page rendering
  fonts-dejavu-core     # share cards: Latin, Greek, Cyrillic
  fonts-wqy-zenhei      # share cards: Chinese, simplified and traditional
  docker-compose        # v1, only for `docker-compose config` validation
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install.sh: all packages present"
  exit 0
fi

echo "install.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# The postgresql package creates its first cluster with the caller's locale;
# without one it would be SQL_ASCII instead of UTF-8.
export LC_ALL=C.UTF-8
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
# --no-install-recommends keeps docker-compose from pulling in docker.io.
$SUDO apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=120 -o Dpkg::Options::=--force-confold "${missing[@]}"
