#!/usr/bin/env bash
# Every check and every test, as CI runs them: lint, type-check, migration and schema/codegen drift,
# unit, medium (real PostgreSQL/Redis) and end-to-end (HTTP, worker, headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM=./scripts/pnpm.sh

bash scripts/services.sh
$PNPM install --frozen-lockfile
bash scripts/ensure-chromium.sh

step() { printf '\n=== %s ===\n' "$1"; }
step lint;              $PNPM lint
step typecheck;         $PNPM typecheck
step migration:check;   $PNPM migration:check
step schema:check;      $PNPM schema:check
if [ -f apps/web/package.json ]; then step codegen:check; $PNPM --filter @crm/web codegen:check; fi
step unit;              $PNPM exec jest --selectProjects unit --maxWorkers=2 --ci
step medium;            $PNPM exec jest --selectProjects medium --maxWorkers=2 --ci
step e2e;               $PNPM exec jest --selectProjects e2e --maxWorkers=2 --ci
echo 'All checks and tests passed.'
