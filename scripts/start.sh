#!/usr/bin/env bash
# Installs and runs the whole product on the local PostgreSQL and Redis: dependencies, migrations,
# demo data, then API, worker and web app together (Ctrl-C stops all three).
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM=./scripts/pnpm.sh

bash scripts/services.sh
$PNPM install --frozen-lockfile
$PNPM seed
APPS=(-n api,worker "$PNPM run start:api" "$PNPM run start:worker")
if [ -f apps/web/package.json ]; then APPS=(-n api,worker,web "$PNPM run start:api" "$PNPM run start:worker" "$PNPM --filter @crm/web dev"); fi
exec $PNPM exec concurrently --kill-others-on-fail -c blue,magenta,green "${APPS[@]}"
