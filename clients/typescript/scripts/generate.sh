#!/usr/bin/env bash
# Regenerates the OpenAPI document and the TypeScript client from it (docs/decisions/ADR-012-typescript-client.md):
#   1. `dotnet build src/WebApi` writes docs/openapi/v1.json (Microsoft.Extensions.ApiDescription.Server
#      starts the app without a server, database or signing key, and saves the document);
#   2. NSwag.MSBuild's openapi2tsclient (via nswag.json) turns its schemas into the DTO and enum types, src/api-client.ts;
#   3. scripts/generate-api.mjs turns its operations into src/api.ts (methods, parameter types, sorts, enum arrays, iterators);
#   4. scripts/version.mjs sets the package's version from the document's info.version (v1 -> 1.0.0);
#   5. tsc compiles src/ into dist/, which is committed (the package ships it: no build step on install).
# Run from anywhere; commit docs/openapi/v1.json, src/api-client.ts, src/api.ts, package*.json and dist/ afterwards.
set -euo pipefail
client_dir=$(cd "$(dirname "$0")/.." && pwd)
repo_root=$(cd "$client_dir/../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== OpenAPI document: dotnet build src/WebApi"
dotnet build "$repo_root/src/WebApi/CastingAgency.WebApi.csproj" -nologo -v quiet -clp:ErrorsOnly
test -s "$repo_root/docs/openapi/v1.json" || { echo "docs/openapi/v1.json was not written" >&2; exit 1; }

echo "== NSwag: restore NSwag.MSBuild into the package cache"
tools="$client_dir/tools/NSwagTools.csproj"
dotnet restore "$tools" -nologo -v quiet
nswag_dir=$(dotnet msbuild "$tools" -nologo -getProperty:NSwagDir_Net100)
nswag_dll="${nswag_dir%/}/dotnet-nswag.dll"
test -f "$nswag_dll" || { echo "NSwag not found at $nswag_dll" >&2; exit 1; }

echo "== TypeScript client: openapi2tsclient (nswag.json) -> src/api-client.ts"
cd "$client_dir"
# nswag.json holds the openApiToTypeScriptClient (openapi2tsclient) settings; fromDocument reads ../../docs/openapi/v1.json.
if ! log=$(dotnet "$nswag_dll" run nswag.json 2>&1); then
  echo "$log" >&2
  echo "NSwag failed" >&2
  exit 1
fi
# exactOptionalPropertyTypes: an optional member also takes `undefined` (`{ location: form.location }` with
# location: string | undefined compiles; JSON.stringify drops it, so it is the same as leaving it out).
sed -i -E 's/^( +[A-Za-z_][A-Za-z0-9_]*\?: )(.*[^;]);$/\1\2 | undefined;/; s/^( +[A-Za-z_][A-Za-z0-9_]*\?: )(\{.*\}); *$/\1\2 | undefined;/' src/api-client.ts
echo "Generated $(wc -l < src/api-client.ts) lines in clients/typescript/src/api-client.ts from docs/openapi/v1.json"

echo "== Operations: scripts/generate-api.mjs -> src/api.ts"
node scripts/generate-api.mjs

echo "== Version: scripts/version.mjs -> package.json (from info.version)"
node scripts/version.mjs

echo "== dist/: tsc (TypeScript from package-lock.json)"
if [ ! -f node_modules/typescript/bin/tsc ]; then
  npm ci --no-audit --no-fund
fi
rm -rf dist
node node_modules/typescript/bin/tsc -p tsconfig.json
echo "Compiled $(find dist -name '*.js' | wc -l) modules into clients/typescript/dist"
