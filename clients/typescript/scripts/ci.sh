#!/usr/bin/env bash
# CI for the TypeScript client (.ci/run calls it):
#   1. drift: regenerate docs/openapi/v1.json, src/api-client.ts (NSwag), src/api.ts (generate-api.mjs) and dist/
#      (tsc); fail if any differs from the commit;
#   2. npm ci (packages from npm) and tsc of the test;
#   3. start the API in Development on a fresh SQLite file on 127.0.0.1, wait for /health/ready, and run
#      the Node tests (node's built-in runner, TAP output: "# pass N" / "# fail N"): the generator's unit test and the
#      end-to-end test through the client.
set -euo pipefail
client_dir=$(cd "$(dirname "$0")/.." && pwd)
repo_root=$(cd "$client_dir/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== 1. drift check"
bash "$client_dir/scripts/generate.sh"
cd "$repo_root"
drift=0
git diff --exit-code --stat -- docs/openapi clients/typescript/src clients/typescript/dist || drift=1
untracked=$(git ls-files --others --exclude-standard -- docs/openapi clients/typescript/src clients/typescript/dist)
if [ -n "$untracked" ]; then
  echo "untracked generated files: $untracked"
  drift=1
fi
if [ "$drift" -ne 0 ]; then
  git --no-pager diff -- docs/openapi clients/typescript/src clients/typescript/dist | head -n 80
  echo "FAIL: the OpenAPI document or the TypeScript client is out of date."
  echo "Run clients/typescript/scripts/generate.sh and commit docs/openapi/v1.json, clients/typescript/src and clients/typescript/dist."
  exit 1
fi
echo "no drift: docs/openapi/v1.json, clients/typescript/src (api-client.ts, api.ts) and clients/typescript/dist match the API"

echo "== 2. npm ci and tsc"
cd "$client_dir"
npm ci --no-audit --no-fund
node_modules/.bin/tsc -p tsconfig.test.json

echo "== 3. the API on SQLite, and the Node test"
workdir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base_url="http://127.0.0.1:$port"
api_log="$workdir/api.log"
# From src/WebApi, as `dotnet run` would: the content root must hold appsettings.Development.json.
cd "$repo_root/src/WebApi"
ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="$base_url" \
ConnectionStrings__CastingAgency="Data Source=$workdir/casting-agency.db" \
Database__Provider=Sqlite \
Database__SeedDemoData=false \
  dotnet bin/Debug/net10.0/CastingAgency.WebApi.dll >"$api_log" 2>&1 &
api_pid=$!
cd "$client_dir"
cleanup() {
  kill "$api_pid" 2>/dev/null || true
  wait "$api_pid" 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

ready=0
for _ in $(seq 1 120); do
  if curl -fsS "$base_url/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  if ! kill -0 "$api_pid" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ "$ready" -ne 1 ]; then
  echo "FAIL: the API did not become ready at $base_url"
  cat "$api_log"
  exit 1
fi
echo "API ready at $base_url"

status=0
API_BASE_URL="$base_url" node --test --test-reporter=tap test/generator.test.mjs test-dist/test/client.test.js || status=$?
if [ "$status" -ne 0 ]; then
  echo "---- API log ----"
  tail -n 60 "$api_log"
fi
exit "$status"
