#!/bin/sh
# Runs every test and ends with the plain line "N passed, M failed" that CI reads.
cd "$(dirname "$0")/.."
DENO=${DENO:-.tools/node_modules/.bin/deno}
[ -x "$DENO" ] || DENO=deno
log=$(mktemp)
NO_COLOR=1 "$DENO" test --allow-read --allow-write --allow-run --allow-env "$@" test/ 2>&1 | tee "$log"
status=$?
summary=$(grep -E '^(ok|FAILED) \| [0-9]+ passed' "$log" | tail -n 1)
passed=$(echo "$summary" | sed -E 's/.*\| ([0-9]+) passed.*/\1/')
failed=$(echo "$summary" | sed -E 's/.*\| ([0-9]+) failed.*/\1/')
rm -f "$log"
if [ -z "$summary" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
echo "$passed passed, $failed failed"
[ "$failed" = "0" ] || exit 1
