#!/usr/bin/env bash
# draft
set -euo pipefail
PORT="${1:?usage: start.sh PORT [DATA_DIR]}"
DATA_DIR="${2:-$(mktemp -d "${TMPDIR:-/tmp}/localstack-pods-ls.XXXXXX")}"
VENV="${LOCALSTACK_PODS_VENV:-$HOME/.cache/localstack-pods/localstack-4.14}"
mkdir -p "$DATA_DIR/config"
export OVERRIDE_IN_DOCKER=0
export FILESYSTEM_ROOT="$DATA_DIR"
export CONFIG_DIR="$DATA_DIR/config"
export LOCALSTACK_VOLUME_DIR="$DATA_DIR/volume"
export GATEWAY_LISTEN="127.0.0.1:$PORT"
export LOCALSTACK_HOST="127.0.0.1:$PORT"
export DNS_ADDRESS=0
export DISABLE_EVENTS=1
export SKIP_SSL_CERT_DOWNLOAD=1
export PERSISTENCE=0
cd "$DATA_DIR"
exec "$VENV/bin/python" -m localstack.runtime.main
