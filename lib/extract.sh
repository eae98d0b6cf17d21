#!/bin/sh
# deno task extract <file-or-folder>... --out <dir>: runs the command line
# with no more permission than it needs: read its inputs and the project's
# own files, write the output folder. No network, environment or subprocess.
# V8's young generation starts at 16 MB instead of growing from 1 MB: a file
# makes megabytes of short-lived rows and CSV text, and the small nursery
# meant many more collections (one job on one core: about 12% faster, and a
# lower peak; lib/bench.ts runs the pipeline with the same flag).
V8="--v8-flags=--min-semi-space-size=16"
here="$(cd "$(dirname "$0")/.." && pwd)"
DENO="${DENO:-$here/.tools/node_modules/.bin/deno}"
[ -x "$DENO" ] || DENO=deno
reads="$here"
out=""
prev=""
for a in "$@"; do
  case "$prev" in
    --out) out="$a" ;;
    --format | --jobs) ;;
    *) case "$a" in
         --out=*) out="${a#--out=}" ;;
         -*) ;;
         *) reads="$reads,$a" ;;
       esac ;;
  esac
  prev="$a"
done
if [ -n "$out" ]; then
  mkdir -p "$out" 2>/dev/null
  exec "$DENO" run "$V8" --allow-read="$reads,$out" --allow-write="$out" "$here/lib/cli.ts" "$@"
fi
exec "$DENO" run "$V8" --allow-read="$reads" "$here/lib/cli.ts" "$@"
