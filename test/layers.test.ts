/**
 * The dependency direction of lib/ (lib/layers.json): every relative import
 * of every module is read, and an import of a later layer, or a cycle, fails.
 */
import { tsFiles } from "./ts_files.ts";
import { assert } from "./assert.ts";
import { dirname, join, relative } from "node:path";

const LIB = new URL("../lib/", import.meta.url).pathname;
const LAYERS: string[] = JSON.parse(Deno.readTextFileSync(`${LIB}layers.json`)).layers.map((l: { folder: string }) => l.folder);


/**
 * The lib/-relative modules a module's source imports (static and dynamic),
 * and with `workers` also the modules it starts as workers (`new URL(…)`):
 * those count for the layers but not for cycles, a worker being a module graph
 * of its own.
 */
export function importsOf(file: string, source: string, workers = true): string[] {
  const re = workers
    ? /(?:\bfrom\s*|\bimport\s*\(\s*|\bnew URL\(\s*|^\s*import\s+)(["'])(\.{1,2}\/[^"']+\.ts)\1/gm
    : /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(["'])(\.{1,2}\/[^"']+\.ts)\1/gm;
  const out: string[] = [];
  // imports inside comments (doc examples) are not dependencies of the module
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  for (const m of code.matchAll(re)) {
    const to = relative(LIB, join(LIB, dirname(file), m[2]));
    if (to !== file) out.push(to); // a module naming itself is no cycle
  }
  return out;
}

/** The layer index of a lib/-relative module (its first folder). */
function layerOf(file: string): number {
  const i = LAYERS.indexOf(file.split("/")[0]);
  if (i < 0) throw new Error(`lib/${file} is in no layer of lib/layers.json`);
  return i;
}

/** The upward edges of an import graph: [from, to] where `to` sits in a later layer. */
export function upward(graph: Map<string, string[]>): [string, string][] {
  const bad: [string, string][] = [];
  for (const [from, tos] of graph) for (const to of tos) if (layerOf(to) > layerOf(from)) bad.push([from, to]);
  return bad;
}

/** One import cycle of a graph, or null. */
export function cycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, number>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 2);
    return null;
  };
  for (const n of graph.keys()) if (!state.has(n)) {
    const c = visit(n);
    if (c) return c;
  }
  return null;
}

function libGraph(workers = true): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of tsFiles(LIB, LIB)) g.set(f, importsOf(f, Deno.readTextFileSync(join(LIB, f)), workers));
  return g;
}

Deno.test("layers: every module of lib/ is in a layer, and its imports exist", () => {
  const g = libGraph();
  assert.ok(g.size > 40, `${g.size} modules`);
  for (const [from, tos] of g) {
    layerOf(from);
    for (const to of tos) assert.ok(g.has(to), `lib/${from} imports lib/${to}, which does not exist`);
  }
});

Deno.test("layers: no import runs upward (lib/layers.json) and there is no import cycle", () => {
  const g = libGraph();
  const bad = upward(g);
  assert.deepEqual(bad.map(([a, b]) => `lib/${a} (${a.split("/")[0]}) imports lib/${b} (${b.split("/")[0]})`), []);
  const c = cycle(libGraph(false));
  assert.equal(c, null, `import cycle: ${c?.join(" → ")}`);
});

Deno.test("layers: the checker itself reports an upward edge and a cycle", () => {
  const src = '/** @example\n * import { y } from "../../run/extract.ts";\n */\nimport { x } from "../run/pipeline.ts";\nconst w = new Worker(new URL("./worker.ts", import.meta.url));\nawait import("../../text/hot.ts");';
  assert.deepEqual(importsOf("stages/numbers/numbers.ts", src), ["stages/run/pipeline.ts", "stages/numbers/worker.ts", "text/hot.ts"]);
  assert.deepEqual(importsOf("stages/numbers/numbers.ts", src, false), ["stages/run/pipeline.ts", "text/hot.ts"]);
  const g = new Map([["stages/a.ts", ["run/b.ts"]], ["run/b.ts", ["stages/a.ts"]]]);
  assert.deepEqual(upward(g), [["stages/a.ts", "run/b.ts"]]);
  assert.deepEqual(cycle(g), ["stages/a.ts", "run/b.ts", "stages/a.ts"]);
});
