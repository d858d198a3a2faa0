#!/usr/bin/env bash
# Regenerates a migration for both providers and the SQL Server deployment script.
# Usage: ./tools-migrations.sh MigrationName
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?migration name}
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Marac.Data --context SqliteMaracDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Marac.Data --context SqlServerMaracDbContext --output-dir Migrations/SqlServer
dotnet ef migrations script --idempotent --project src/Marac.Data --context SqlServerMaracDbContext --output sql/001-schema.sql
