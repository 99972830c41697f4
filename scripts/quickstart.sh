#!/usr/bin/env bash
# The main job, end to end: installs, then saves the state of an instance as a pod, resets the
# instance, loads the pod and shows the state is back.
#   bash scripts/quickstart.sh                 starts a moto server of its own
#   bash scripts/quickstart.sh http://host:4566  uses that instance (LocalStack, moto, ...)
set -euo pipefail
cd "$(dirname "$0")/.."

endpoint="${1:-${LOCALSTACK_ENDPOINT:-}}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}" AWS_PAGER=""
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true

echo "== installing"
npm ci --no-audit --no-fund --loglevel=error
command -v aws >/dev/null || { echo "error: the AWS CLI (aws) is needed to create demo state: python3 -m pip install awscli" >&2; exit 1; }

moto_pid=""
cleanup() { [ -n "$moto_pid" ] && kill "$moto_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "$endpoint" ]; then
  python3 -c 'import moto.server' 2>/dev/null || { echo "error: no endpoint given and moto is not installed: python3 -m pip install 'moto[server]'" >&2; exit 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  endpoint="http://127.0.0.1:$port"
  echo "== starting moto on $endpoint"
  python3 -m moto.server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
  moto_pid=$!
fi
export LOCALSTACK_ENDPOINT="$endpoint"
export LOCALSTACK_PODS_HOME="${LOCALSTACK_PODS_HOME:-$(mktemp -d)}"
pods() { node dist/cli/main.js "$@"; }
awsx() { aws --endpoint-url "$endpoint" "$@"; }

bucket="quickstart-$(date +%s)"
echo "== creating state with the AWS CLI: bucket $bucket and one object"
until curl -s -o /dev/null "$endpoint"; do sleep 0.2; done
awsx s3 mb "s3://$bucket"
echo "hello from localstack-pods" | awsx s3 cp - "s3://$bucket/hello.txt"

echo "== saving the pod"
pods save quickstart -s s3 -m "quick start"
pods versions quickstart

echo "== deleting the bucket"
awsx s3 rb "s3://$bucket" --force

echo "== loading the pod"
pods load quickstart

echo "== the state is back:"
awsx s3 ls "s3://$bucket/"
awsx s3 cp "s3://$bucket/hello.txt" -
