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

echo "== shells for the completion tests (bash-completion, zsh, fish)"
bash scripts/shells/install.sh

echo "== chromium for the web page's tests"
bash scripts/browser/install.sh

echo "== typecheck (src, test and the web page) and lint (ESLint with the layer rules, Prettier), side by side"
npm run --silent typecheck & typecheck=$!
lint=0
npm run --silent lint || lint=$?
wait "$typecheck" || fail "typecheck failed (above)"
[ "$lint" -eq 0 ] || fail "lint failed (above): npm run format fixes what Prettier and ESLint can"

report=$(mktemp)
trap 'rm -f "$report"' EXIT
echo "== tests"
status=0
npx vitest run ${COVERAGE:+--coverage} --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const slowest = r.testResults
    .map((f) => [(f.endTime - f.startTime) / 1000, require("path").relative(process.cwd(), f.name)])
    .sort((a, b) => b[0] - a[0])
    .slice(0, 15);
  console.log("slowest test files (s):");
  for (const [seconds, file] of slowest) console.log(`  ${seconds.toFixed(0).padStart(5)}  ${file}`);
  // The failures again, last: a log cut to its tail still says what failed and why.
  for (const file of r.testResults) {
    for (const t of file.assertionResults.filter((a) => a.status === "failed")) {
      const why = (t.failureMessages[0] || "").split("\n").slice(0, 3).join(" | ").slice(0, 400);
      console.log(`FAILED ${require("path").relative(process.cwd(), file.name)} > ${t.fullName}: ${why}`);
    }
    if (file.status === "failed" && file.assertionResults.every((a) => a.status !== "failed")) {
      console.log(`FAILED ${require("path").relative(process.cwd(), file.name)}: ${(file.message || "").slice(0, 400)}`);
    }
  }
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' "$report" 2>/dev/null || true
exit "$status"
