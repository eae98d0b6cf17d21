/**
 * Notebook cold start to first chart: a fresh Deno kernel executing a
 * notebook whose first cell does what a user's first cell does (import the
 * workspace, load the panel, show the national GDP chart). Measured two ways,
 * each run its own `jupyter nbconvert --execute`: `kernel_to_chart_s`, the
 * kernel process's own clock when the chart has been sent
 * (`performance.now()` counts from the process start), and
 * `nbconvert_wall_s`, the whole command (Jupyter's start and the kernel
 * handshake included); `empty_notebook_wall_s` is the same command on a
 * notebook holding `1`, what Jupyter costs on its own. Medians of `runs`.
 * The target: under 5 s to the first chart. Run alone with
 * `deno run -A lib/bench/cold_start.ts`; `deno task bench` runs it too.
 */
import { ROOT } from "../analysis/workspace.ts";

function notebook(cells: string[]): string {
  return JSON.stringify({
    cells: cells.map((source, i) => ({ cell_type: "code", execution_count: null, id: `c${i}`, metadata: {}, outputs: [], source })),
    metadata: { kernelspec: { display_name: "Deno", language: "typescript", name: "deno" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

// the notebook's own imports, relative to notebooks/ (built here so that they are not read as this module's imports)
const L = "../lib/analysis/";
const FIRST_CHART = [
  `import { table } from "${L}workspace.ts";\n` +
  `import { showChart, showMarkdown } from "${L}notebook.ts";\n` +
  `import * as fig from "${L}figures.ts";\n` +
  'const panel = await table("panel");\n' +
  'await showChart(fig.targetSeries(panel, "全国", "gdp"));\n' +
  "await showMarkdown(`first chart at ${performance.now().toFixed(0)} ms`);",
];

async function execute(cells: string[]): Promise<{ wall: number; chartMs: number | null }> {
  // the notebook must sit in notebooks/ so that its imports find deno.json
  const path = `${ROOT}notebooks/.cold-start-${Deno.pid}.ipynb`;
  const out = `${Deno.makeTempDirSync()}/out.ipynb`;
  await Deno.writeTextFile(path, notebook(cells));
  try {
    const t0 = performance.now();
    const r = await new Deno.Command("jupyter", {
      args: ["nbconvert", "--to", "notebook", "--execute", path, "--output", out, "--ExecutePreprocessor.kernel_name=deno"],
      cwd: `${ROOT}notebooks`,
      env: { NO_COLOR: "1", PYDEVD_DISABLE_FILE_VALIDATION: "1" },
      stdout: "null",
      stderr: "piped",
    }).output();
    const wall = (performance.now() - t0) / 1000;
    if (!r.success) throw new Error(`cold start notebook failed: ${new TextDecoder().decode(r.stderr).slice(-600)}`);
    const m = /first chart at (\d+) ms/.exec(await Deno.readTextFile(out));
    return { wall, chartMs: m ? Number(m[1]) : null };
  } finally {
    await Deno.remove(path).catch(() => {});
  }
}

/**
 * Why the notebook step cannot run, or "" when it can: the Deno kernel Jupyter knows must run this Deno (the one running
 * the bench), which lib/cli/setup.sh registers; a kernel left by another clone fails only after the bench's
 * pipeline runs, minutes in, so the bench asks first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kernelProblem } from "./cold_start.ts";
 * // without --allow-run=jupyter the question cannot be asked, and the answer says so
 * if ((await Deno.permissions.query({ name: "run", command: "jupyter" })).state !== "granted") {
 *   assert.match(await kernelProblem(), /cannot run jupyter/);
 * }
 * ```
 */
export async function kernelProblem(): Promise<string> {
  const fix = "run `sh lib/cli/setup.sh` (npm test and npm run tables run it) to register this clone's kernel";
  let out: Deno.CommandOutput;
  try {
    out = await new Deno.Command("jupyter", { args: ["kernelspec", "list", "--json"], stdout: "piped", stderr: "null" }).output();
  } catch (e) {
    return `cannot run jupyter (${(e as Error).message}); ${fix}`;
  }
  const specs = out.success ? JSON.parse(new TextDecoder().decode(out.stdout)).kernelspecs ?? {} : {};
  const argv: string[] | undefined = specs.deno?.spec?.argv;
  if (!argv) return `Jupyter has no Deno kernel; ${fix}`;
  return argv[0] === Deno.execPath() ? "" : `the Deno kernel Jupyter knows runs "${argv[0]}", not this project's Deno "${Deno.execPath()}"; ${fix}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median cold-start figures over `runs` fresh kernels (see the module note).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // the timed runs need Jupyter and --allow-run=jupyter (deno task bench has both);
 * // without the permission the first run is refused and nothing is timed
 * if ((await Deno.permissions.query({ name: "run", command: "jupyter" })).state !== "granted") {
 *   await assert.rejects(notebookColdStart(1), Deno.errors.NotCapable);
 * } else {
 *   const r = await notebookColdStart(1);
 *   assert.equal(r.runs, 1);
 *   assert.ok(r.kernel_to_chart_s > 0 && r.kernel_to_chart_s <= r.nbconvert_wall_s);
 * }
 * ```
 */
export async function notebookColdStart(runs = 3): Promise<Record<string, number>> {
  const chart: number[] = [], wall: number[] = [], empty: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await execute(FIRST_CHART);
    if (r.chartMs === null) throw new Error("cold start notebook showed no chart");
    chart.push(r.chartMs / 1000);
    wall.push(r.wall);
    empty.push((await execute(["1"])).wall);
  }
  const f = (x: number) => Number(x.toFixed(2));
  return {
    kernel_to_chart_s: f(median(chart)),
    kernel_to_chart_max_s: f(Math.max(...chart)),
    nbconvert_wall_s: f(median(wall)),
    empty_notebook_wall_s: f(median(empty)),
    runs,
  };
}

if (import.meta.main) console.log(JSON.stringify(await notebookColdStart(Number(Deno.args[0] ?? 3)), null, 2));
