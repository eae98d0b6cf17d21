/**
 * Two versions of the code compared in one process, which a shared
 * machine's load touches alike for both: each version's
 * lib/run/extract.ts is imported side by side and processFile runs over
 * the same files (rendered as CSV into a sink that drops the bytes), the
 * versions alternating pass by pass; per pass, the process's user CPU.
 *
 *   git archive <commit> | tar -x -C /tmp/a    (and the same for /tmp/b;
 *   link .tools/node_modules into each)
 *   taskset -c 1 deno run --allow-read --allow-env <v8 flags of lib/cli/v8-flags.txt> \
 *     lib/bench/ab_inprocess.ts /tmp/a /tmp/b [corpus folder, default data/raw] [passes, default 12]
 *
 * The first two passes (compiling) are left out of the medians.
 */
import process from "node:process";

type Extract = typeof import("../run/extract.ts");

const [dirA, dirB, corpus = "data/raw", passesArg = "12"] = Deno.args;
if (!dirA || !dirB) {
  console.error("usage: ab_inprocess.ts <code folder A> <code folder B> [corpus folder] [passes]");
  Deno.exit(2);
}
const load = async (dir: string): Promise<Extract> => {
  const path = `${await Deno.realPath(dir)}/lib/run/extract.ts`;
  try {
    return await import(`file://${path}`);
  } catch (e) {
    console.error(`ab_inprocess.ts: cannot load ${path}: ${(e as Error).message}`);
    Deno.exit(2);
  }
};
const versions: [string, Extract][] = [[dirA, await load(dirA)], [dirB, await load(dirB)]];

const root = (await Deno.realPath(corpus)).replace(/\/$/, "");
const files: { path: string; source: string }[] = [];
const walk = (d: string) => {
  for (const e of [...Deno.readDirSync(d)].sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const p = `${d}/${e.name}`;
    if (e.isDirectory) walk(p);
    else files.push({ path: p, source: p.slice(root.length + 1) });
  }
};
walk(root);
const data = files.map((f) => Deno.readFileSync(f.path));
const sink = { write: () => {}, mark: () => {}, rollback: () => {} };

const pass = (m: Extract): number => {
  const u0 = process.cpuUsage();
  files.forEach((f, i) => m.processFile(f, data[i], i, false, {}, undefined, sink));
  return process.cpuUsage(u0).user / 1000;
};
const ms: number[][] = [[], []];
const passes = Number(passesArg);
for (let p = 0; p < passes; p++) {
  for (const k of p % 2 ? [1, 0] : [0, 1]) ms[k].push(pass(versions[k][1]));
}
const median = (x: number[]) => {
  const s = [...x].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
versions.forEach(([dir], k) => {
  console.log(`${dir}: ${ms[k].map((x) => x.toFixed(0)).join(" ")} ms; median of passes 3-${passes}: ${median(ms[k].slice(2)).toFixed(0)} ms`);
});
