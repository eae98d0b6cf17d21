#!/bin/sh
# deno task extract <file-or-folder>... --out <dir>: runs the command line
# with no more permission than it needs: read its inputs and the project's
# own files, write the output folder. No network, environment or subprocess.
here="$(cd "$(dirname "$0")/../.." && pwd)"
DENO="${DENO:-$here/.tools/node_modules/.bin/deno}"
# V8 flags: lib/cli/v8-flags.txt, one per line, says why each is there
flags="$(grep -v -e '^#' -e '^[[:space:]]*$' "$here/lib/cli/v8-flags.txt" | tr '\n' ',')"
V8="--v8-flags=${flags%,}"
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
  exec "$DENO" run "$V8" --allow-read="$reads,$out" --allow-write="$out" "$here/lib/cli/extract.ts" "$@"
fi
exec "$DENO" run "$V8" --allow-read="$reads" "$here/lib/cli/extract.ts" "$@"
