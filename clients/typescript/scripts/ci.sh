#!/usr/bin/env bash
# CI for the TypeScript client (.ci/run calls it):
#   1. drift: regenerate docs/openapi/v1.json, src/api-client.ts (NSwag), src/api.ts (generate-api.mjs) and dist/
#      (tsc); fail if any differs from the commit;
#   2. npm ci (packages from npm), tsc of the test, and a consumer's code type-checked against dist/ with
#      `--strict --exactOptionalPropertyTypes` on TypeScript 5.0 and on the current release (both pinned in package.json);
#   3. start two APIs in Development on fresh SQLite files on 127.0.0.1 — the usual one, and a "fault" one with a low
#      rate limit (4 requests per 4 s) and Database:CommandTimeoutSeconds=1 — wait for /health/ready, and run the
#      Node tests (node's built-in runner, TAP output: "# pass N" / "# fail N"): the generator's unit test, the
#      end-to-end test through the client, the retry test (429, a 503 from a locked SQLite file), and the package
#      test: `npm pack` (the tarball stays in clients/typescript/artifacts/), published to a Verdaccio started on
#      127.0.0.1, installed from there into a copy of samples/web (tsc, vite build), and the bundle size of one call
#      against openapi-fetch's (Vite production build; both printed; fails if ours is over 1 kB gzip larger).
set -euo pipefail
client_dir=$(cd "$(dirname "$0")/.." && pwd)
repo_root=$(cd "$client_dir/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== 1. drift check"
bash "$client_dir/scripts/generate.sh"
cd "$repo_root"
drift=0
git diff --exit-code --stat -- docs/openapi clients/typescript/src clients/typescript/dist clients/typescript/package.json clients/typescript/package-lock.json || drift=1
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
node node_modules/typescript/bin/tsc -p tsconfig.test.json
for ts in typescript-5.0 typescript-current; do
  echo "type-check of a consumer (test-types/consumer.ts) with $ts $(node -p "require('./node_modules/$ts/package.json').version")"
  node "node_modules/$ts/bin/tsc" -p test-types --strict --exactOptionalPropertyTypes
done

echo "== 3. the APIs on SQLite, and the Node tests"
workdir=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
base_url="http://127.0.0.1:$(free_port)"
fault_url="http://127.0.0.1:$(free_port)"
pids=()
# From src/WebApi, as `dotnet run` would: the content root must hold appsettings.Development.json.
start_api() { # name url extra-env...
  local name=$1 url=$2; shift 2
  (cd "$repo_root/src/WebApi" && env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$url" \
    ConnectionStrings__CastingAgency="Data Source=$workdir/$name.db" Database__Provider=Sqlite Database__SeedDemoData=false "$@" \
    dotnet bin/Debug/net10.0/CastingAgency.WebApi.dll >"$workdir/$name.log" 2>&1) &
  pids+=($!)
}
start_api api "$base_url"
start_api fault "$fault_url" RateLimiting__PermitsPerMinute=4 RateLimiting__WindowSeconds=4 Database__CommandTimeoutSeconds=1
cleanup() {
  for pid in "${pids[@]}"; do pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

for url in "$base_url" "$fault_url"; do
  ready=0
  for _ in $(seq 1 120); do
    if curl -fsS "$url/health/ready" >/dev/null 2>&1; then ready=1; break; fi
    sleep 0.5
  done
  if [ "$ready" -ne 1 ]; then
    echo "FAIL: the API did not become ready at $url"
    cat "$workdir"/*.log
    exit 1
  fi
  echo "API ready at $url"
done

status=0
API_BASE_URL="$base_url" FAULT_API_BASE_URL="$fault_url" FAULT_API_DB_PATH="$workdir/fault.db" \
  node --test --test-concurrency=1 --test-reporter=tap test/generator.test.mjs test-dist/test/client.test.js test-dist/test/retry.test.js \
  test/package.test.mjs || status=$?
if [ "$status" -ne 0 ]; then
  for name in api fault; do echo "---- $name API log ----"; tail -n 40 "$workdir/$name.log"; done
fi
exit "$status"
