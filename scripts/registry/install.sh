#!/usr/bin/env bash
# Installs the OCI registry the oras:// store tests run against: Debian's `docker-registry`
# (CNCF distribution), plus `htpasswd` (apache2-utils) to write the bcrypt password file that
# distribution's htpasswd auth requires.
#
#   scripts/registry/install.sh      # install; a no-op when both binaries are present
#
# The package's systemd service is not used: tests start the binary themselves with
# scripts/registry/config.yml on a free port (see src/test-support/registry.ts). Where
# systemd runs, the service the package enables is stopped and disabled so it does not hold
# port 5000 or a storage directory of its own.
# Prints the registry binary's path on its last line.
set -euo pipefail

need=()
command -v docker-registry >/dev/null 2>&1 || [ -x /usr/bin/docker-registry ] || need+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || need+=(apache2-utils)

if [ "${#need[@]}" -gt 0 ]; then
  bash "$(dirname "$0")/../apt-install.sh" "${need[@]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  if command -v systemctl >/dev/null 2>&1 && systemctl is-system-running >/dev/null 2>&1; then
    echo "install.sh: stopping and disabling the docker-registry service (tests start their own)" >&2
    $SUDO systemctl disable --now docker-registry >&2 || true
  fi
else
  echo "install.sh: docker-registry and htpasswd are installed; nothing to do" >&2
fi

binary="$(command -v docker-registry || echo /usr/bin/docker-registry)"
[ -x "$binary" ] || { echo "install.sh: docker-registry not found after install" >&2; exit 1; }
echo "$binary"
