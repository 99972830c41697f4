#!/usr/bin/env bash
# Installs everything the tests need and runs the whole suite: unit, integration against real
# servers (moto, LocalStack, MiniStack), and end-to-end runs of the built CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "error: $*" >&2; exit 1; }

python3 -c 'import moto.server' 2>/dev/null \
  || fail "moto is not importable by python3; the integration tests run against it. Install it: python3 -m pip install 'moto[server]'"
command -v aws >/dev/null \
  || fail "the AWS CLI (aws) is not on PATH; the end-to-end tests use it. Install it: python3 -m pip install awscli"

echo "== npm dependencies"
npm ci --no-audit --no-fund --loglevel=error

echo "== LocalStack 4.14 (a virtual environment outside the repo)"
bash scripts/localstack/install.sh

echo "== MiniStack (a virtual environment outside the repo)"
bash scripts/ministack/install.sh

echo "== OCI registry (CNCF distribution, Debian's docker-registry)"
bash scripts/registry/install.sh

echo "== typecheck"
npm run --silent typecheck

report=$(mktemp)
trap 'rm -f "$report"' EXIT
echo "== tests"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const slowest = r.testResults
    .map((f) => [(f.endTime - f.startTime) / 1000, require("path").relative(process.cwd(), f.name)])
    .sort((a, b) => b[0] - a[0])
    .slice(0, 15);
  console.log("slowest test files (s):");
  for (const [seconds, file] of slowest) console.log(`  ${seconds.toFixed(0).padStart(5)}  ${file}`);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' "$report" 2>/dev/null || true
exit "$status"
