#!/usr/bin/env bash
# Runs pnpm 10 whether or not it is installed: corepack cannot fetch it here, npx can.
set -euo pipefail
if command -v pnpm >/dev/null 2>&1 && pnpm --version 2>/dev/null | grep -q '^10\.'; then
  exec pnpm "$@"
fi
exec npx -y pnpm@10 "$@"
