"""Executes every notebook headless on the Deno kernel and checks its outputs.

For each notebooks/*.ipynb: run it with nbconvert (no errors allowed), then
require that it shows at least one table as HTML, that every chart it shows
carries Vega-Lite and a PNG, that no output holds a Vega warning, and then
export the executed notebook to HTML with the installed nbconvert, in both
its templates (lab and classic), and require that every chart appears there
as an <img> whose PNG, decoded, is drawn (not a blank box). Prints one line
per notebook and a final "N passed, M failed" count on the last line.
"""
import base64, glob, json, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_check import drawn_share

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
env = dict(os.environ, NO_COLOR="1", PYDEVD_DISABLE_FILE_VALIDATION="1")
passed = failed = 0
def check(path):
    name = os.path.basename(path)
    out = os.path.join(tempfile.mkdtemp(), name)
    problems = []
    r = subprocess.run(
        ["jupyter", "nbconvert", "--to", "notebook", "--execute", path, "--output", out,
         "--ExecutePreprocessor.timeout=600", "--ExecutePreprocessor.kernel_name=deno"],
        cwd=os.path.dirname(path), env=env, capture_output=True, text=True)
    if r.returncode != 0:
        tail = "\n".join((r.stderr or r.stdout).strip().splitlines()[-15:])
        problems.append(f"execution failed:\n{tail}")
    else:
        nb = json.load(open(out))
        outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
        errors = [o for o in outputs if o.get("output_type") == "error"]
        if errors:
            problems.append("error output: " + errors[0].get("evalue", ""))
        text = lambda v: "".join(v) if isinstance(v, list) else str(v)
        if not any("<table" in text(o.get("data", {}).get("text/html", "")) for o in outputs):
            problems.append("no table shown as HTML")
        charts = [o for o in outputs if "application/vnd.vegalite.v5+json" in o.get("data", {}) or "image/png" in o.get("data", {})]
        for o in charts:
            d = o["data"]
            if not ("application/vnd.vegalite.v5+json" in d and "image/png" in d):
                problems.append("a chart without both Vega-Lite and PNG: " + text(d.get("text/plain", ""))[:80])
        for o in outputs:
            said = text(o.get("text", "")) + text(o.get("data", {}).get("text/plain", ""))
            if "WARN" in said or "Domains that should be unioned" in said:
                problems.append("a Vega warning in the output: " + said.strip()[:120])
        pngs = [text(o["data"]["image/png"]).replace("\n", "") for o in charts if "image/png" in o["data"]]
        drawn = {}
        for b64 in pngs:
            share, colours = drawn_share(base64.b64decode(b64))
            drawn[b64] = share > 0.005 and colours >= 3
            if not drawn[b64]:
                problems.append(f"a blank chart image ({share:.4f} of pixels drawn, {colours} colours)")
        for template in ("lab", "classic"):
            html_path = out.replace(".ipynb", f".{template}.html")
            h = subprocess.run(["jupyter", "nbconvert", "--to", "html", "--template", template, out, "--output", html_path],
                               env=env, capture_output=True, text=True)
            if h.returncode != 0:
                problems.append(f"HTML export ({template}) failed: " + h.stderr.strip()[-300:])
                continue
            html = open(html_path, encoding="utf-8").read()
            missing = [b for b in pngs if f'src="data:image/png;base64,{b}"' not in html and f"src='data:image/png;base64,{b}'" not in html]
            if missing:
                problems.append(f"{len(missing)} of {len(pngs)} charts not shown as an image in the exported HTML ({template})")
        code_cells = [c for c in nb["cells"] if c["cell_type"] == "code"]
        silent = [c for c in code_cells if "await show" in "".join(c["source"]) and not c.get("outputs")]
        if silent:
            problems.append("a display cell produced no output: " + "".join(silent[0]["source"])[:80])
    return problems


for path in sorted(glob.glob(os.path.join(root, "notebooks", "*.ipynb"))):
    name = os.path.basename(path)
    problems = check(path)
    # an output lost in transit (the kernel is busy) is retried once; errors are not
    if problems and all("produced no output" in p for p in problems):
        problems = check(path)
    if problems:
        failed += 1
        print(f"notebook {name} ... FAILED: " + "; ".join(problems))
    else:
        passed += 1
        print(f"notebook {name} ... ok")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
