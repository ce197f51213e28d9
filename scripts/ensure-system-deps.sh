#!/usr/bin/env bash
# Ensures the Debian packages the test suite needs are installed:
#   chromium            – headless browser for the E2E tests (playwright-core drives /usr/bin/chromium)
#   fonts-wqy-microhei  – CJK font, otherwise Chinese text renders as boxes in screenshots
#   postgresql-15       – server binaries for the throwaway cluster (scripts/pg-cluster.ts)
# As root: installs whatever is missing with apt-get. Otherwise prints the sudo command and exits 1.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin

# package  file-that-must-exist (or "-")
REQUIRED=(
  "chromium /usr/bin/chromium"
  "fonts-wqy-microhei -"
  "postgresql-15 $PG_BIN/initdb"
)

is_installed() {
  local pkg=$1 file=$2
  dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed' || return 1
  [[ $file == - || -e $file ]]
}

missing_list() {
  local entry pkg file out=()
  for entry in "${REQUIRED[@]}"; do
    read -r pkg file <<<"$entry"
    is_installed "$pkg" "$file" || out+=("$pkg")
  done
  echo "${out[*]:-}"
}

missing=$(missing_list)
if [[ -z $missing ]]; then
  echo "[system-deps] ok: chromium, fonts-wqy-microhei, postgresql-15 are installed"
  exit 0
fi

echo "[system-deps] missing Debian packages: $missing"
if [[ $(id -u) -ne 0 ]]; then
  echo "[system-deps] not running as root; install them with:" >&2
  echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing" >&2
  exit 1
fi

# Keep the postgresql-15 package from starting its default cluster during installation (we run our
# own throwaway cluster on a free port). invoke-rc.d honours /usr/sbin/policy-rc.d exit code 101.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  created_policy=1
fi
cleanup() { if [[ $created_policy -eq 1 ]]; then rm -f "$policy"; fi; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
echo "[system-deps] apt-get update"
apt-get update -qq
echo "[system-deps] apt-get install -y --no-install-recommends $missing"
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing

if [[ " $missing " == *" postgresql-15 "* ]]; then
  # The package creates the cluster 15/main. Make sure it is not running and does not autostart.
  if command -v pg_ctlcluster >/dev/null 2>&1 && [[ -d /etc/postgresql/15/main ]]; then
    pg_ctlcluster 15 main stop >/dev/null 2>&1 || true
    echo manual >/etc/postgresql/15/main/start.conf || true
    echo "[system-deps] default cluster 15/main stopped and set to manual start"
  fi
fi

still=$(missing_list)
if [[ -n $still ]]; then
  echo "[system-deps] still missing after install: $still" >&2
  exit 1
fi
echo "[system-deps] installed: $missing"
