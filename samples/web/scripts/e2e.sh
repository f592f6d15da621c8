#!/usr/bin/env bash
# CI for samples/web (.ci/run calls it after the TypeScript client's ci.sh):
#   1. Debian's Chromium, installed if missing (playwright-core drives it; no browser download);
#   2. the API's Debug build (the test runs its dll, as `dotnet run --project src/WebApi` would);
#   3. npm ci (the client is linked from clients/typescript, whose dist/ is committed), tsc and a production build;
#   4. the end-to-end test (node's test runner, TAP: "# pass N" / "# fail N"): it starts the API on a temporary
#      SQLite file with demo data and Vite on free 127.0.0.1 ports, drives the board in Chromium, saves
#      screenshots to samples/web/test-results/, and stops both processes at the end, failed or not.
set -euo pipefail
web_dir=$(cd "$(dirname "$0")/.." && pwd)
repo_root=$(cd "$web_dir/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== 1. Chromium"
if ! command -v chromium >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
chromium --version || true

echo "== 2. the API (dotnet build src/WebApi)"
dotnet build "$repo_root/src/WebApi/CastingAgency.WebApi.csproj" -nologo -v quiet -clp:ErrorsOnly

echo "== 3. npm ci, tsc, vite build"
cd "$web_dir"
npm ci --no-audit --no-fund
node_modules/.bin/tsc --noEmit
node_modules/.bin/vite build --logLevel warn

echo "== 4. the board in Chromium"
rm -rf test-results
CHROMIUM_PATH="$(command -v chromium)" node --test --test-reporter=tap test/e2e.test.mjs
