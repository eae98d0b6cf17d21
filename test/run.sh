#!/bin/sh
# Runs every test — the Deno test suite, then every notebook executed
# headless on the Deno kernel — and ends with the plain line
# "N passed, M failed" that CI reads.
cd "$(dirname "$0")/.."
DENO=${DENO:-.tools/node_modules/.bin/deno}
[ -x "$DENO" ] || DENO=deno
log=$(mktemp)
# permissions (README, "Permissions of each task"): read the project, the
# temporary folder and the system fonts (charts); write the project and the
# temporary folder; run sh (the command line, sh lib/cli/extract.sh), ln
# (Deno makes symbolic links only with unscoped read and write, so the tests
# and in-process builds make them with ln: test/link.ts, lib/io/publish.ts),
# LibreOffice when installed, headless Chromium (the review page's script
# test), and mount/umount for the full-disk test (skipped where mounting is
# not allowed); FFI for DuckDB's native module only (query()); environment:
# the variables the tests and the bench's examples read
# --doc: every example in lib/ runs and asserts, beside the tests
# the programs the tests may run, read too: the tests look for them first
progs=/usr/bin/soffice,/usr/bin/libreoffice,/usr/bin/chromium,/usr/bin/chromium-browser,/usr/bin/google-chrome
tmp="${TMPDIR:-/tmp}"
tmp="${tmp%/}"
case "$tmp" in *,*) echo "TMPDIR holds a comma, which Deno's permission flags cannot take: \"$tmp\"" >&2; exit 2 ;; esac
NO_COLOR=1 "$DENO" test --doc --allow-read=.,"$tmp",/usr/share/fonts,$progs --allow-write=.,"$tmp" \
  --allow-ffi=node_modules/.deno \
  --allow-env=NUMBERS_LIST,BENCH_MB,BENCH_RUNS,TMPDIR \
  --allow-run=sh,ln,mount,umount,$progs "$@" test/ lib/ 2>&1 | tee "$log"
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
