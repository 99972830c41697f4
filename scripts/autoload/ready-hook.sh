#!/bin/sh
# A LocalStack ready hook: installed in /etc/localstack/init/ready.d/ with the localstack-pods
# single executable for the machine (localstack-pods-linux-x64 or -linux-arm64, made by
# `npm run build:sea`) beside it, it loads the pods of AUTO_LOAD_POD and of
# /etc/localstack/init-pods.d once LocalStack is ready. LocalStack runs only *.sh and *.py files
# there, so the executable itself is left alone.
#
# The init directory is found from where the hook is, as LocalStack's own init directories are:
# with FILESYSTEM_ROOT (LocalStack run on a host) they all move below it. The hook's exit code
# is the autoload's, which LocalStack shows for the script in GET /_localstack/init.
set -eu

here="$(cd "$(dirname "$0")" && pwd -P)"
init_pods="$(cd "$here/../.." && pwd -P)/init-pods.d"
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "localstack-pods ready hook: no executable for $(uname -m)" >&2; exit 1 ;;
esac

# LocalStack listens where GATEWAY_LISTEN says (default :4566); the first address serves.
listen="${GATEWAY_LISTEN:-:4566}"
listen="${listen%%,*}"

exec "$here/localstack-pods-linux-$arch" autoload \
  --endpoint "http://localhost:${listen##*:}" \
  --init-dir "$init_pods"
