/**
 * `deno task audit --seed N [--out DIR]`: draws the row audit's sample from
 * the built tables (lib/analysis/audit.ts) and writes indicators.md and
 * goals.md for the reader (default data/audit/seed-N/).
 */
import { parseArgs } from "node:util";
import { auditSample } from "../analysis/audit.ts";
import { ROOT } from "../analysis/workspace.ts";

const { values } = parseArgs({ args: Deno.args, options: { seed: { type: "string" }, out: { type: "string" } } });
if (!values.seed || !/^\d+$/.test(values.seed)) {
  console.error("usage: deno task audit --seed N [--out DIR]   (write the seed down: a new one each audit)");
  Deno.exit(2);
}
const seed = Number(values.seed);
const out = values.out ?? `${ROOT}data/audit/seed-${seed}`;
const s = await auditSample({ seed });
Deno.mkdirSync(out, { recursive: true });
Deno.writeTextFileSync(`${out}/indicators.md`, s.indicators);
Deno.writeTextFileSync(`${out}/goals.md`, s.goals);
console.error(`wrote ${out}/indicators.md (${s.counts.seed_indicators} seed + ${s.counts.other_indicators} other rows) and ${out}/goals.md (${s.counts.goals} rows)`);
