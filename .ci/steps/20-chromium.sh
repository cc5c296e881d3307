#!/usr/bin/env bash
# The /map browser tests drive the system Chromium through Playwright (Playwright's own browser download does not
# work here) and need a CJK font so the map renders Chinese text. Idempotent; runs as root on a fresh Debian.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-wqy-zenhei)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
chromium --version
