#!/usr/bin/env bash
# Install MiniStack (a free, MIT-licensed AWS emulator that answers LocalStack's
# endpoints) into a Python virtual environment OUTSIDE the repository.
#
#   scripts/ministack/install.sh              # install; a no-op (~0.1 s) when done
#   LOCALSTACK_PODS_MINISTACK_VENV=/some/dir   # venv location
#                          (default ~/.cache/localstack-pods/ministack-<version>)
#
# Run it with the venv's `ministack` command: GATEWAY_PORT=PORT BIND_HOST=127.0.0.1.
# State lives in memory; POST /_ministack/reset empties it.
set -euo pipefail

VERSION="1.5.33"
VENV="${LOCALSTACK_PODS_MINISTACK_VENV:-$HOME/.cache/localstack-pods/ministack-$VERSION}"
STAMP="$VENV/.localstack-pods-install"

say() { printf '[ministack-install] %s\n' "$*"; }
die() { printf '[ministack-install] ERROR: %s\n' "$*" >&2; exit 1; }

case "$VENV" in
  ""|"/"|"$HOME"|"$HOME/") die "refusing to use venv path '$VENV'";;
esac

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$VERSION" ] && [ -x "$VENV/bin/ministack" ]; then
  exit 0
fi

command -v python3 >/dev/null || die "python3 is needed to install MiniStack"
say "installing ministack==$VERSION into $VENV"
rm -rf "$VENV"
python3 -m venv "$VENV" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "ministack==$VERSION" 2>&1 | grep -v "^WARNING: Location" || true
[ -x "$VENV/bin/ministack" ] || die "ministack==$VERSION did not install (see pip's output above)"
echo "$VERSION" > "$STAMP"
say "done"
