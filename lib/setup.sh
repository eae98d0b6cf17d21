#!/bin/sh
# Installs what the project needs, once, and says what it is doing:
#   - Deno 2.9.6 from npm into .tools/node_modules (the lockfile pins it);
# Called by the README's commands (npm run tables, npm test); safe to re-run.
set -e
cd "$(dirname "$0")/.."
DENO=.tools/node_modules/.bin/deno
if [ ! -x "$DENO" ] || ! "$DENO" --version 2>/dev/null | grep -q "^deno 2\.9\.6 "; then
  echo "setup: installing Deno 2.9.6 from npm into .tools/ ..." >&2
  (cd .tools && npm install --no-audit --no-fund --loglevel=error)
fi
