#!/usr/bin/env bash
# Installs Debian's prometheus (with promtool) when missing, without starting it as a system service: the tests start
# their own on a loopback port (tests/IntegrationTests/Telemetry) and .ci/run checks the rules with promtool.
set -euo pipefail
if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "[install-prometheus] must run as root to install Debian's prometheus" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
created_policy=0
if [[ ! -e /usr/sbin/policy-rc.d ]]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && created_policy=1
fi
trap '[[ $created_policy -eq 1 ]] && rm -f /usr/sbin/policy-rc.d' EXIT
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends prometheus >&2
echo "[install-prometheus] $(prometheus --version 2>&1 | head -n 1)" >&2
