#!/bin/sh
# Runs every test — the Deno test suite, then every notebook executed
# headless on the Deno kernel — and ends with the plain line
# "N passed, M failed" that CI reads.
cd "$(dirname "$0")/.."
DENO=${DENO:-.tools/node_modules/.bin/deno}
[ -x "$DENO" ] || DENO=deno
log=$(mktemp)
# permissions: read and write unscoped (tests build tables in-process, and
# Deno makes symbolic links only with unscoped read and write: lib/io/publish.ts);
# subprocesses only the command line (sh lib/cli/extract.sh), LibreOffice
# when installed, headless Chromium (the review page's script test), and
# mount/umount for the full-disk test (skipped where mounting is not allowed);
# FFI for DuckDB (query())
# --doc: every example in lib/ runs and asserts, beside the tests
NO_COLOR=1 "$DENO" test --doc --allow-read --allow-write --allow-ffi \
  --allow-run=sh,mount,umount,/usr/bin/soffice,/usr/bin/libreoffice,/usr/bin/chromium,/usr/bin/chromium-browser,/usr/bin/google-chrome --allow-env "$@" test/ lib/ 2>&1 | tee "$log"
summary=$(grep -E '^(ok|FAILED) \| [0-9]+ passed' "$log" | tail -n 1)
if [ -n "$summary" ]; then
  passed=$(echo "$summary" | sed -E 's/.*\| ([0-9]+) passed.*/\1/')
  failed=$(echo "$summary" | sed -E 's/.*\| ([0-9]+) failed.*/\1/')
else
  passed=0
  failed=1
  echo "deno test printed no summary" >&2
fi
if [ -z "$*" ]; then
  echo "running the notebooks headless ..."
  python3 test/notebooks.py > "$log" 2>&1
  cat "$log"
  nb=$(tail -n 1 "$log")
  if echo "$nb" | grep -qE '^[0-9]+ passed, [0-9]+ failed$'; then
    passed=$((passed + $(echo "$nb" | sed -E 's/^([0-9]+) passed.*/\1/')))
    failed=$((failed + $(echo "$nb" | sed -E 's/.* ([0-9]+) failed.*/\1/')))
  else
    failed=$((failed + 1))
  fi
fi
rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" = "0" ]
