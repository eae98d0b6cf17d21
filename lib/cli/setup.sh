#!/bin/sh
# Installs what the project needs, once, and says what it is doing:
#   - Deno 2.9.6 from npm into .tools/node_modules (package.json pins it);
#   - Jupyter (nbconvert, nbclient, the classic Notebook) and the Noto CJK
#     font from Debian's apt, for the notebooks and PNG charts;
#   - the Deno Jupyter kernel, registered with the project's own Deno.
#   - with the argument "test": LibreOffice Calc (headless), which a test uses
#     to open the --excel output, and Chromium (headless), which loads review
#     pages and exported notebooks in tests and takes screenshots.
#   - DuckDB for the notebooks' query() comes from npm (@duckdb/node-api in
#     deno.json, with its prebuilt binding package): Deno fetches it on first
#     use, nothing to do here.
# Called by the README's commands (npm run tables, npm test); safe to re-run.
set -e
cd "$(dirname "$0")/../.."
DENO=.tools/node_modules/.bin/deno
if [ ! -x "$DENO" ] || ! "$DENO" --version 2>/dev/null | grep -q "^deno 2\.9\.6 "; then
  echo "setup: installing Deno 2.9.6 from npm into .tools/ ..." >&2
  (cd .tools && npm install --no-audit --no-fund --loglevel=error)
fi

FONT=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
if ! command -v jupyter-nbconvert >/dev/null 2>&1 || ! /usr/bin/python3 -c "import nbclient, ipykernel" >/dev/null 2>&1 ||
  ! command -v jupyter-notebook >/dev/null 2>&1 || [ ! -f "$FONT" ]; then
  echo "setup: installing Jupyter and the Noto CJK font from apt ..." >&2
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
    jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel jupyter-notebook fonts-noto-cjk >&2
fi

if [ "$1" = "test" ] && ! command -v soffice >/dev/null 2>&1; then
  echo "setup: installing LibreOffice Calc (headless) from apt, for the Excel export test ..." >&2
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends libreoffice-calc-nogui >&2 ||
    { $SUDO apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends libreoffice-calc-nogui >&2; }
fi

if [ "$1" = "test" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Chromium (headless) from apt, for the review-page and exported-notebook tests ..." >&2
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium >&2 ||
    { $SUDO apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends chromium >&2; }
fi

# the kernel must run this project's Deno (kernel.json holds its absolute path)
ABS_DENO="$(cd "$(dirname "$DENO")" && pwd)/$(basename "$DENO")"
SPEC="$(jupyter kernelspec list 2>/dev/null | awk '$1 == "deno" {print $2}')"
REGISTERED=""
[ -n "$SPEC" ] && REGISTERED="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["argv"][0])' "$SPEC/kernel.json" 2>/dev/null || true)"
# exactly this clone's binary (another clone's path may hold this one's as a part)
if [ "$REGISTERED" != "$(readlink -f "$ABS_DENO")" ]; then
  echo "setup: registering the Deno Jupyter kernel ..." >&2
  PYDEVD_DISABLE_FILE_VALIDATION=1 "$DENO" jupyter --install --force >/dev/null 2>&1 || "$DENO" jupyter --install >&2
  SPEC="$(jupyter kernelspec list 2>/dev/null | awk '$1 == "deno" {print $2}')"
  # point it at the resolved binary so it survives reinstalls of the symlink
  if [ -n "$SPEC" ]; then
    python3 - "$SPEC/kernel.json" "$(readlink -f "$ABS_DENO")" <<'PY'
import json, sys
path, deno = sys.argv[1], sys.argv[2]
spec = json.load(open(path))
spec["argv"][0] = deno
json.dump(spec, open(path, "w"), indent=2)
PY
  fi
fi
