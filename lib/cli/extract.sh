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
# Deno's permission lists are split at commas, with no escape that works
# (Deno 2.9: "a,,b" is refused as an empty path): a path holding a comma
# would grant access to two other paths, so it is refused. A file with a
# comma in its name is read when the folder holding it is given.
comma() {
  echo "a path with a comma cannot be passed to Deno's permission flags: \"$1\"" >&2
  echo "rename it, or give the folder that holds it (a folder's files may have any name)" >&2
  exit 2
}
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
         *,*) comma "$a" ;;
         *) reads="$reads,$a" ;;
       esac ;;
  esac
  prev="$a"
done
case "$out" in *,*) comma "$out" ;; esac
if [ -n "$out" ]; then
  mkdir -p "$out" 2>/dev/null
  # The links out/<name> -> current/<name> the run renames into place
  # (lib/io/publish.ts): Deno may not make links with scoped permissions.
  # Made in out/.links/, never over a visible file; the table names are
  # the keys of SCHEMAS in lib/tables/tables.ts (test/robust.test.ts checks the list).
  if [ -d "$out" ] && mkdir -p "$out/.links" 2>/dev/null; then
    for name in documents sections sentences indicators goals panel terms; do
      for ext in csv parquet; do
        [ -L "$out/.links/$name.$ext" ] || ln -s "current/$name.$ext" "$out/.links/$name.$ext" 2>/dev/null
      done
    done
    for name in review manifest.json; do
      [ -L "$out/.links/$name" ] || ln -s "current/$name" "$out/.links/$name" 2>/dev/null
    done
  fi
  exec "$DENO" run "$V8" --allow-read="$reads,$out" --allow-write="$out" "$here/lib/cli/extract.ts" "$@"
fi
exec "$DENO" run "$V8" --allow-read="$reads" "$here/lib/cli/extract.ts" "$@"
