#!/usr/bin/env bash
# Run LocalStack community 4.14 (installed by install.sh) on this host, without
# Docker, in the foreground: this script execs the runtime, so its PID is the
# LocalStack PID.
#
#   scripts/localstack/start.sh PORT [DATA_DIR]
#
# PORT      gateway port (all AWS APIs and /_localstack/* on http://127.0.0.1:PORT)
# DATA_DIR  this instance's whole file tree (FILESYSTEM_ROOT); default: a new
#           temporary folder, which is left behind. Use one per instance.
#
# Ready when GET http://127.0.0.1:PORT/_localstack/health answers 200 (about
# 1 s), and it prints "Ready." on stdout. Stop it with SIGTERM or SIGINT and
# wait for it to exit (1-6 s): it then stops the DynamoDB Local (java) and
# kinesis-mock (node) processes it started, which run in sessions of their
# own. After SIGKILL those two are left running; their command lines contain
# DATA_DIR.
#
# Environment: LOCALSTACK_PODS_VENV as for install.sh. Other LocalStack
# settings in the caller's environment (LS_LOG, DEBUG, SERVICES, ...) pass
# through; the ones set below are forced.
set -euo pipefail

die() { printf '[localstack-start] ERROR: %s\n' "$*" >&2; exit 2; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: $0 PORT [DATA_DIR]"
PORT="$1"
case "$PORT" in ''|*[!0-9]*) die "PORT must be a number, got '$PORT'";; esac
[ "$PORT" -ge 1 ] && [ "$PORT" -le 65535 ] || die "PORT out of range: $PORT"

VENV="${LOCALSTACK_PODS_VENV:-$HOME/.cache/localstack-pods/localstack-4.14}"
[ -x "$VENV/bin/python" ] || die "no LocalStack venv at $VENV; run scripts/localstack/install.sh first"

if [ $# -ge 2 ]; then
  DATA_DIR="$2"
  mkdir -p "$DATA_DIR"
else
  DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/localstack-pods-ls.XXXXXX")"
fi
DATA_DIR="$(cd "$DATA_DIR" && pwd -P)"

# Share the pre-seeded offline packages (DynamoDB Local, Java link, kinesis-mock)
# as this instance's read-only "static libs" (LocalStack's /usr/lib/localstack).
STATIC_LIBS="$DATA_DIR/usr/lib/localstack"
if [ -d "$VENV/static-libs" ] && [ ! -L "$STATIC_LIBS" ]; then
  if [ -d "$STATIC_LIBS" ]; then
    rmdir "$STATIC_LIBS" 2>/dev/null || true   # an empty folder left by an earlier run
  fi
  if [ ! -e "$STATIC_LIBS" ]; then
    mkdir -p "$DATA_DIR/usr/lib"
    ln -s "$VENV/static-libs" "$STATIC_LIBS"
  fi
fi
mkdir -p "$DATA_DIR/config"

# /.dockerenv exists on this host: without this LocalStack believes it runs in its
# own container (uses /var/lib/localstack and /tmp/localstack, ignores FILESYSTEM_ROOT,
# and would edit /etc/resolv.conf if its DNS server were on).
export OVERRIDE_IN_DOCKER=0
export FILESYSTEM_ROOT="$DATA_DIR"
# profiles (*.env) are read from here instead of ~/.localstack
export CONFIG_DIR="$DATA_DIR/config"
# the twisted gateway binds 0.0.0.0:PORT whatever host is given here
export GATEWAY_LISTEN="127.0.0.1:$PORT"
# host:port put into returned URLs (SQS queue URLs, S3 locations, ...)
export LOCALSTACK_HOST="127.0.0.1:$PORT"
# queue URLs like http://127.0.0.1:PORT/000000000000/NAME, the shape of AWS's, which clients
# such as Terraform's provider check (the default, "standard", gives
# http://sqs.us-east-1.127.0.0.1:PORT/..., and "path" /queue/us-east-1/000000000000/NAME)
export SQS_ENDPOINT_STRATEGY="${SQS_ENDPOINT_STRATEGY:-off}"
# no DNS server (it would bind port 53)
export DNS_ADDRESS=0
# no analytics, no SSL certificate download at start-up
export DISABLE_EVENTS=1
export SKIP_SSL_CERT_DOWNLOAD=1
export PERSISTENCE=0
# The services' providers are loaded at start-up, one after the other. Loaded on their first
# requests instead, several at once (a load restores services side by side), their imports can
# race: a provider then fails for good ("cannot import name 'query_api' from
# 'localstack.services.sqs'").
export EAGER_SERVICE_LOADING="${EAGER_SERVICE_LOADING:-1}"
export SERVICES="${SERVICES:-s3,sqs,sns,dynamodb,dynamodbstreams,kinesis,events,logs,stepfunctions,iam,sts,lambda,kms,secretsmanager,ssm,cloudwatch,apigateway,route53,ses,scheduler,firehose,acm,swf,transcribe,route53resolver,ec2,config,s3control,resource-groups,cloudformation,opensearch,es,redshift}"
# LocalStack's own tmp lives in $DATA_DIR/tmp/localstack; a TMPDIR would be nested
# below FILESYSTEM_ROOT and logs a deprecation warning
unset TMPDIR

# S3 spills objects > 512 KiB to files under a folder that LocalStack hard-codes as
# /tmp/localstack-s3-storage/<bucket>, shared by all instances: deleting a bucket in
# one instance then breaks large uploads to a bucket of the same name in another.
# The launcher below points it into DATA_DIR when the S3 provider module is first
# imported (importing it up front would add ~2 s to start-up), then runs
# localstack.runtime.main exactly as `python -m localstack.runtime.main` does.
export LOCALSTACK_PODS_S3_TMP_DIR="$DATA_DIR/s3-storage"
LAUNCHER='
import importlib.abc, importlib.util, os, runpy, sys

class _S3TmpDir(importlib.abc.MetaPathFinder):
    name = "localstack.services.s3.provider"

    def find_spec(self, fullname, path, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        exec_module = spec.loader.exec_module

        def patched(module):
            exec_module(module)
            module.DEFAULT_S3_TMP_DIR = os.environ["LOCALSTACK_PODS_S3_TMP_DIR"]

        spec.loader.exec_module = patched
        return spec

sys.meta_path.insert(0, _S3TmpDir())
runpy.run_module("localstack.runtime.main", run_name="__main__", alter_sys=True)
'

cd "$DATA_DIR"
# -P: do not put the caller's working directory on sys.path
exec "$VENV/bin/python" -P -c "$LAUNCHER"
