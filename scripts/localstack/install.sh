#!/usr/bin/env bash
# Install LocalStack community 4.14.0 (the last open-source release) into a
# Python virtual environment OUTSIDE the repository, without Docker.
#
#   scripts/localstack/install.sh          # install (no-op when already done)
#   LOCALSTACK_PODS_VENV=/some/dir  ...     # choose the venv location
#   LOCALSTACK_PODS_PYTHON=/path/python3.13 # choose the interpreter (>= 3.13)
#
# Notes
# - The runtime is the PyPI package `localstack-core[runtime]==4.14.0`. The
#   package `localstack==4.14.0` is only the Docker-driving CLI (module
#   `localstack_cli`) and contains no emulator, so it is not installed.
# - LocalStack 4.14 needs Python >= 3.13 although its metadata says >= 3.10:
#   on 3.11 most providers fail at import (PEP 695 `type X = ...` statements,
#   `threading.Lock | None` annotations). The machine's `python3` is 3.11, so
#   a 3.13 interpreter is looked up (PATH, then pyenv). The machine's Python and
#   its site-packages (moto, ...) are never modified.
# - Every dependency is pinned to the versions LocalStack itself pinned for the
#   4.14.0 release (its requirements-runtime.txt), except grpcio 1.78.1 which
#   was yanked from PyPI (1.78.0 is used instead), plus setuptools (pulled in
#   by moto-ext[all], not in that file).
set -euo pipefail

LS_VERSION="4.14.0"
VENV="${LOCALSTACK_PODS_VENV:-$HOME/.cache/localstack-pods/localstack-4.14}"
MIN_PY_MINOR=13

say() { printf '[localstack-install] %s\n' "$*"; }
die() { printf '[localstack-install] ERROR: %s\n' "$*" >&2; exit 1; }

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
REQUIREMENT="localstack-core[runtime]==${LS_VERSION}"

# ---- choose an interpreter -------------------------------------------------
py_ok() { # $1 = interpreter; true when it is CPython >= 3.MIN_PY_MINOR with venv
  [ -n "$1" ] && [ -x "$1" ] || return 1
  "$1" -c "import sys, venv; sys.exit(0 if sys.version_info >= (3, $MIN_PY_MINOR) else 1)" 2>/dev/null
}

find_python() {
  local c
  if [ -n "${LOCALSTACK_PODS_PYTHON:-}" ]; then
    c="$(command -v "$LOCALSTACK_PODS_PYTHON" || true)"
    py_ok "$c" || die "LOCALSTACK_PODS_PYTHON=$LOCALSTACK_PODS_PYTHON is not a Python >= 3.$MIN_PY_MINOR"
    echo "$c"; return 0
  fi
  for c in python3 python3.14 python3.13; do
    c="$(command -v "$c" 2>/dev/null || true)"
    # resolve pyenv shims to the real interpreter so the venv does not depend on them
    if [ -n "$c" ] && py_ok "$c"; then "$c" -c 'import sys; print(sys.executable)'; return 0; fi
  done
  local root="${PYENV_ROOT:-$HOME/.pyenv}"
  if [ -d "$root/versions" ]; then
    for c in $(ls -d "$root"/versions/3.1[3-9]* "$root"/versions/3.[2-9][0-9]* 2>/dev/null | sort -rV); do
      if py_ok "$c/bin/python3"; then echo "$c/bin/python3"; return 0; fi
    done
  fi
  return 1
}

# ---- fast path: already installed? ------------------------------------------
STAMP="$VENV/.localstack-pods-install"
want_stamp() { # $1 = python; identifies interpreter + pins
  { "$1" -c 'import sys; print(sys.version)'; echo "$REQUIREMENT"; echo "$CONSTRAINTS"; } | sha256sum | cut -d' ' -f1
}

if [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ]; then
  if [ "$(cat "$STAMP")" = "$(want_stamp "$VENV/bin/python")" ] \
     && "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('localstack-core') != '$LS_VERSION')" 2>/dev/null; then
    say "LocalStack $LS_VERSION already installed in $VENV (nothing to do)"
    exit 0
  fi
  say "existing venv $VENV is out of date; reinstalling"
fi

PY="$(find_python)" || die "no Python >= 3.$MIN_PY_MINOR found (LocalStack $LS_VERSION needs it; the machine's python3 is $(python3 -V 2>&1)). Set LOCALSTACK_PODS_PYTHON=/path/to/python3.13"
say "using interpreter $PY ($("$PY" -V 2>&1))"

# ---- (re)create the venv ------------------------------------------------------
case "$VENV" in
  ""|"/"|"$HOME") die "refusing to use venv path '$VENV'";;
esac
if [ -e "$VENV" ]; then
  if [ -f "$VENV/pyvenv.cfg" ] && ! "$VENV/bin/python" -c "import sys; sys.exit(sys.version_info < (3, $MIN_PY_MINOR))" 2>/dev/null; then
    say "removing venv $VENV (wrong or broken interpreter)"
    rm -rf "$VENV"
  elif [ ! -f "$VENV/pyvenv.cfg" ]; then
    die "$VENV exists but is not a virtual environment; remove it or set LOCALSTACK_PODS_VENV"
  fi
fi
if [ ! -x "$VENV/bin/python" ]; then
  say "creating virtual environment $VENV"
  mkdir -p "$(dirname "$VENV")"
  "$PY" -m venv "$VENV" || die "could not create venv $VENV"
fi
rm -f "$STAMP"

# ---- install the pinned packages -----------------------------------------------
CFILE="$(mktemp "${TMPDIR:-/tmp}/localstack-pods-constraints.XXXXXX")"
trap 'rm -f "$CFILE"' EXIT
printf '%s\n' "$CONSTRAINTS" > "$CFILE"

say "pip install '$REQUIREMENT' with $(grep -c . "$CFILE") pinned dependencies (takes ~40 s the first time)"
# the filter only drops pip's noise about missing local index folders of this machine's pip config
set +e
"$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --progress-bar off \
  -q -c "$CFILE" "$REQUIREMENT" 2>&1 | grep -v -e 'is ignored: it is neither a file nor a directory'
rc=${PIPESTATUS[0]}
set -e
[ "$rc" -eq 0 ] || die "pip install failed (exit $rc)"

# ---- smoke check: modules that fail on an unsupported Python -------------------------
say "checking the installation"
(cd / && "$VENV/bin/python" - <<PYCHECK) || die "LocalStack import check failed in $VENV"
import importlib, importlib.metadata as m
assert m.version("localstack-core") == "$LS_VERSION", m.version("localstack-core")
for mod in ("localstack.runtime.main", "localstack.packages.api", "localstack.services.stores",
            "localstack.services.sqs.provider", "localstack.services.s3.provider"):
    importlib.import_module(mod)
print("[localstack-install] localstack-core", m.version("localstack-core"), "imports fine")
PYCHECK

want_stamp "$VENV/bin/python" > "$STAMP"
say "done: LocalStack $LS_VERSION installed in $VENV"
say "start it with: scripts/localstack/start.sh PORT [DATA_DIR]"
