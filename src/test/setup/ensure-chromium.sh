#!/usr/bin/env bash
# Makes sure Debian's Chromium (driven by the Playwright browser tests) and a CJK font
# (so Japanese text is not drawn as empty boxes in screenshots) are installed.
# Idempotent and silent when both are already there. Run by Maven in process-test-classes, after test-compile, so `mvn spring-boot:run` (which forks up to test-compile) never installs it.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
PACKAGES=(chromium fonts-noto-cjk)

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-cjk)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: ${missing[*]} not installed and this is not root." >&2
  echo "ensure-chromium: install them with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES[*]}" >&2
  exit 1
fi

echo "ensure-chromium: installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
[ -x "$CHROMIUM" ] || { echo "ensure-chromium: $CHROMIUM still missing after install" >&2; exit 1; }
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium) ready"
