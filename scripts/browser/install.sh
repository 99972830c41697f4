#!/usr/bin/env bash
# Installs the browser the web page's end-to-end tests drive: Debian's `chromium`, which
# playwright-core launches from /usr/bin/chromium (no browser download).
#
#   scripts/browser/install.sh      # a no-op when it is installed
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install.sh: chromium is installed; nothing to do" >&2
else
  bash "$(dirname "$0")/../apt-install.sh" chromium
fi
