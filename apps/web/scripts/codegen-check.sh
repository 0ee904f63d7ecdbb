#!/usr/bin/env bash
# Regenerates src/gql and fails when the committed files differ (a forgotten `pnpm --filter @crm/web codegen`).
set -euo pipefail
cd "$(dirname "$0")/.."
graphql-codegen --config codegen.ts
if ! git diff --exit-code --stat -- src/gql || [ -n "$(git ls-files --others --exclude-standard -- src/gql)" ]; then
  echo 'apps/web/src/gql is out of date with the schema or the operations: run `pnpm --filter @crm/web codegen` and commit src/gql.' >&2
  exit 1
fi
echo 'apps/web/src/gql is up to date.'
