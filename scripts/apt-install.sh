#!/usr/bin/env bash
# Installs Debian packages with apt-get, without prompts (sudo when not root).
#
#   scripts/apt-install.sh PACKAGE...    # a no-op without packages
set -euo pipefail
[ "$#" -gt 0 ] || exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "apt-install.sh: installing $* with apt-get" >&2
$SUDO apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >&2
