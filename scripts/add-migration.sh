#!/usr/bin/env bash
# Add an EF Core migration named NAME for every database provider in one go, so the
# Sqlite, Postgres and SqlServer migration sets stay in step (see
# docs/decisions/ADR-003-per-provider-migrations.md).
#
#   scripts/add-migration.sh AddActorAgent
#
# Builds Infrastructure once, scaffolds the migration for each provider's DbContext into
# src/Infrastructure/Persistence/Migrations/<Provider>, rebuilds (warnings are errors) and
# checks that no provider is left with pending model changes. If any step fails, every
# provider's migrations folder is restored to what it was before, so none is left half-added.
set -euo pipefail

if [[ $# -ne 1 || ! "$1" =~ ^[A-Z][A-Za-z0-9_]*$ ]]; then
  echo "usage: $0 NAME   (NAME: PascalCase C# identifier, e.g. AddActorAgent)" >&2
  exit 2
fi
NAME=$1

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PROJECT=src/Infrastructure
MIGRATIONS_DIR=$PROJECT/Persistence/Migrations
PROVIDERS=(Sqlite Postgres SqlServer)
EF=(dotnet tool run dotnet-ef)
EF_ARGS=(--project "$PROJECT" --startup-project "$PROJECT")

for p in "${PROVIDERS[@]}"; do
  if compgen -G "$MIGRATIONS_DIR/$p/*_$NAME.cs" >/dev/null; then
    echo "a migration named $NAME already exists for $p" >&2
    exit 1
  fi
done

# Back up the migration folders so a failure part-way leaves all providers as they were.
BACKUP=$(mktemp -d)
trap 'rm -rf "$BACKUP"' EXIT
for p in "${PROVIDERS[@]}"; do
  mkdir -p "$MIGRATIONS_DIR/$p"
  cp -a "$MIGRATIONS_DIR/$p" "$BACKUP/$p"
done
restore() {
  echo "failed: restoring the migrations of ${PROVIDERS[*]} in $MIGRATIONS_DIR to their previous state" >&2
  for p in "${PROVIDERS[@]}"; do
    rm -rf "${MIGRATIONS_DIR:?}/$p"
    cp -a "$BACKUP/$p" "$MIGRATIONS_DIR/$p"
  done
}
trap 'restore; rm -rf "$BACKUP"' ERR

dotnet tool restore >/dev/null
echo "building $PROJECT" >&2
dotnet build "$PROJECT" -nologo -v quiet >/dev/null

for p in "${PROVIDERS[@]}"; do
  echo "adding $NAME for $p" >&2
  # --no-build: the scaffolder reads this context's snapshot from the build above; the
  # files just added for another provider do not affect it.
  "${EF[@]}" migrations add "$NAME" "${EF_ARGS[@]}" --no-build \
    --context "${p}CastingAgencyDbContext" \
    --output-dir "Persistence/Migrations/$p"
done

echo "rebuilding with the new migrations" >&2
dotnet build "$PROJECT" -nologo -v quiet >/dev/null

for p in "${PROVIDERS[@]}"; do
  "${EF[@]}" migrations has-pending-model-changes "${EF_ARGS[@]}" --no-build \
    --context "${p}CastingAgencyDbContext" >/dev/null
done

trap - ERR
echo "added $NAME for ${PROVIDERS[*]}:" >&2
for p in "${PROVIDERS[@]}"; do
  ls "$MIGRATIONS_DIR/$p"/*_"$NAME".cs
done
