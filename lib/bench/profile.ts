/**
 * Where the pipeline spends its time, by function (a developer's tool, no
 * task: node:inspector needs --allow-sys whole, which no task may grant):
 *
 *   .tools/node_modules/.bin/deno run --allow-read=. --allow-sys \
 *     --allow-write=/tmp/report-tables-profile.cpuprofile \
 *     --v8-flags=--min-semi-space-size=16,--no-allocation-site-pretenuring,--no-turbofan \
 *     lib/bench/profile.ts [corpus folder] [passes]
 *
 * (taskset -c 1 in front to pin it to one core.) The files of the corpus (default data/raw) run
 * through processFile in this process, as lib/bench/ab_inprocess.ts runs
 * them (tables rendered as CSV into a sink that drops the bytes); two
 * passes compile the code, then V8's sampling profiler (node:inspector,
 * every 200 µs) records `passes` more (default 3). Prints the functions
 * with the most time of their own (a regex's search counts to the
 * function calling it) and with the most time inclusive of their callees,
 * and writes the whole profile to /tmp/report-tables-profile.cpuprofile
 * (Chrome DevTools opens it).
 *
 * Findings are recorded in lib/bench/README.md ("Where the time goes").
 */
import inspector from "node:inspector";
import { processFile } from "../run/extract.ts";
import { listInputs } from "../io/files.ts";

const [corpus = "data/raw", passesArg = "3"] = Deno.args;
const OUT = "/tmp/report-tables-profile.cpuprofile";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Self and inclusive sample counts by function (name, module under lib/, line). */
function byFunction(p: Profile): { self: Map<string, number>; inclusive: Map<string, number> } {
  const node = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/.*\/lib\//, "")}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>(), inclusive = new Map<string, number>();
  for (const id of p.samples) {
    const k = key(node.get(id)!);
    self.set(k, (self.get(k) ?? 0) + 1);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const kx = key(node.get(x)!);
      if (!seen.has(kx)) inclusive.set(kx, (inclusive.get(kx) ?? 0) + 1), seen.add(kx);
    }
  }
  return { self, inclusive };
}

/** The `n` largest counts as lines "share% function module:line". */
function top(counts: Map<string, number>, total: number, n: number): string {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([k, c]) => `${(100 * c / total).toFixed(1).padStart(5)}%  ${k}`).join("\n");
}

if (import.meta.main) {
  const { files } = await listInputs([corpus]); // the files the command line would read
  const data = files.map((f) => Deno.readFileSync(f.path));
  const sink = { write: () => {}, mark: () => {}, rollback: () => {} };
  const pass = () => files.forEach((f, i) => processFile(f, data[i], i, false, {}, undefined, sink));
  pass(), pass();
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((ok, fail) => session.post(method, params, (e, r) => (e ? fail(e) : ok(r as Record<string, unknown>))));
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 200 });
  await post("Profiler.start");
  const t0 = performance.now();
  for (let i = 0; i < Number(passesArg); i++) pass();
  const ms = performance.now() - t0;
  const profile = (await post("Profiler.stop")).profile as Profile;
  Deno.writeTextFileSync(OUT, JSON.stringify(profile));
  const { self, inclusive } = byFunction(profile);
  const total = profile.samples.length;
  console.log(`${files.length} files, ${passesArg} passes profiled in ${ms.toFixed(0)} ms; whole profile: ${OUT}\n`);
  console.log(`time of their own\n${top(self, total, 30)}\n\ninclusive\n${top(inclusive, total, 40)}`);
}
