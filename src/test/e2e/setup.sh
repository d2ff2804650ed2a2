#!/bin/sh
# Makes sure the browser test has what it needs, and says so when it has to fetch something:
#  - Debian's chromium at /usr/bin/chromium (apt-get, as root; never a browser downloaded by Playwright)
#  - playwright-core (pinned in package-lock.json) in src/test/e2e/node_modules (npm ci; downloads no browser)
# Called by TasklistBrowserTest before the browser script; can be run by hand.
set -eu
cd "$(dirname "$0")"

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"   # overridable only to try this script; the browser script uses the same variable
if [ -x "$CHROMIUM" ]; then
  echo "[e2e setup] chromium present: $("$CHROMIUM" --version 2>/dev/null | head -n 1)"
else
  if [ "$(id -u)" -ne 0 ]; then
    echo "[e2e setup] $CHROMIUM is missing and this is not root, so it cannot be installed here." >&2
    echo "[e2e setup] Install Debian's chromium once:  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium" >&2
    exit 2
  fi
  echo "[e2e setup] $CHROMIUM is missing: installing Debian's chromium (apt-get update; apt-get install -y --no-install-recommends chromium) ..."
  start=$(date +%s)
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
  echo "[e2e setup] chromium installed in $(( $(date +%s) - start )) s: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[e2e setup] node/npm not found: install Node.js 20 or newer (e.g. apt-get install -y nodejs npm)" >&2
  exit 2
fi

if [ -f node_modules/playwright-core/package.json ]; then
  echo "[e2e setup] playwright-core present: $(node -p "require('./node_modules/playwright-core/package.json').version")"
else
  echo "[e2e setup] src/test/e2e/node_modules/playwright-core is missing: running npm ci (playwright-core only, no browser download) ..."
  start=$(date +%s)
  # playwright-core has no install script and fetches no browser; the variable makes that explicit
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "[e2e setup] npm ci done in $(( $(date +%s) - start )) s"
fi
