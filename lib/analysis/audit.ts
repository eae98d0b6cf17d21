/**
 * The row audit's sample (../shared/docs/row-audit.md): random rows of the
 * whole tables, outside the gold passages, each written with its paragraph
 * and its section headings, so a reader who did not write the code can judge
 * it against the extraction guide.
 *
 *   1. read the built tables (indicators, goals, sections) and the gold passages;
 *   2. drop the rows inside a gold passage (the gold measures those already);
 *   3. draw with a seeded generator: seed-document indicators, the rest, goals;
 *   4. write each row with the reader's columns, its paragraph and headings.
 */
import { rows, ROOT } from "./workspace.ts";
import { parseCsv } from "../io/csv_parse.ts";

/**
 * A small deterministic generator (mulberry32), so a sample can be drawn again from its seed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const a = seeded(7), b = seeded(7);
 * const x = a();
 * assert.equal(x, b()); // the same seed, the same numbers
 * assert.ok(x >= 0 && x < 1);
 * assert.notEqual(a(), x);
 * ```
 */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` items drawn without replacement, in the generator's order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const a = draw(["地区生产总值", "城镇新增就业", "粮食产量", "居民消费价格"], 2, seeded(7));
 * assert.equal(a.length, 2);
 * assert.deepEqual(a, draw(["地区生产总值", "城镇新增就业", "粮食产量", "居民消费价格"], 2, seeded(7)));
 * ```
 */
export function draw<T>(items: T[], n: number, random: () => number): T[] {
  const pool = items.slice();
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

/**
 * The paragraph (source line) around a span, cut to about `max` characters centred on it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "一、2024年工作回顾\n全年地区生产总值增长5.1%。城镇新增就业47万人。\n二、2025年工作安排";
 * assert.equal(paragraphOf(text, text.indexOf("城镇"), text.indexOf("城镇") + 4), "全年地区生产总值增长5.1%。城镇新增就业47万人。");
 * ```
 */
export function paragraphOf(text: string, start: number, end: number, max = 700): string {
  let a = text.lastIndexOf("\n", start - 1) + 1;
  let b = text.indexOf("\n", end);
  if (b < 0) b = text.length;
  if (b - a > max) {
    a = Math.max(a, start - max / 2);
    b = Math.min(b, end + max / 2);
  }
  return text.slice(a, b).trim();
}

type Row = Record<string, unknown>;

/** What to draw. */
export interface AuditOptions {
  seed: number;
  seedIndicators?: number;
  otherIndicators?: number;
  goals?: number;
  tables?: string;
  raw?: string;
  gold?: string;
}

/** Spans of the gold passages by source (first … last, inclusive). */
function goldPassages(dir: string, text: (s: string) => string): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  let list: Record<string, string>[] = [];
  try {
    list = parseCsv(Deno.readTextFileSync(`${dir}/passages.csv`));
  } catch { /* no gold: nothing is excluded */ }
  for (const p of list) {
    const t = text(p.source);
    const a = t.indexOf(p.first);
    const b = a < 0 ? -1 : t.indexOf(p.last, a);
    if (b >= 0) out.set(p.source, [...(out.get(p.source) ?? []), [a, b + p.last.length]]);
  }
  return out;
}

/**
 * Draw the audit sample and render it as Markdown, one section per row.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { buildTables } from "./workspace.ts";
 * const tables = await Deno.makeTempDir();
 * await buildTables("data/raw/seeds", tables);
 * const o = { seed: 1, tables, raw: "data/raw/seeds", gold: tables, otherIndicators: 3, goals: 2 }; // no gold there: nothing excluded
 * const s = await auditSample(o);
 * assert.equal(s.counts.goals, 2);
 * assert.ok(s.indicators.startsWith("# Audit sample, seed 1: "));
 * assert.match(s.indicators, /\n- headings: .+\n/);
 * assert.deepEqual(await auditSample(o), s); // drawn again from its seed
 * await Deno.remove(tables, { recursive: true });
 * ```
 */
export async function auditSample(o: AuditOptions): Promise<{ indicators: string; goals: string; counts: Record<string, number> }> {
  const tables = o.tables ?? `${ROOT}data/tables`;
  const raw = o.raw ?? `${ROOT}data/raw`;
  const cache = new Map<string, string>();
  const text = (s: string) => {
    if (!cache.has(s)) cache.set(s, Deno.readTextFileSync(`${raw}/${s}`).replace(/^\uFEFF/, ""));
    return cache.get(s)!;
  };
  const passages = goldPassages(o.gold ?? `${ROOT}data/gold`, text);
  const outside = (r: Row) => !(passages.get(r.source as string) ?? []).some(([a, b]) => (r.start as number) < b && (r.end as number) > a);
  const sections = new Map((await rows("sections", { dir: tables, columns: ["section_id", "parent_id", "heading"] })).map((s) => [s.section_id as string, s]));
  const headings = (id: string) => {
    const chain: string[] = [];
    for (let s = sections.get(id); s; s = sections.get(s.parent_id as string)) chain.unshift(s.heading as string);
    return chain.join(" › ");
  };
  const random = seeded(o.seed);
  const ind = (await rows("indicators", { dir: tables })).filter(outside);
  const fromSeeds = draw(ind.filter((r) => (r.source as string).startsWith("seeds/")), o.seedIndicators ?? 80, random);
  const others = draw(ind.filter((r) => !(r.source as string).startsWith("seeds/")), o.otherIndicators ?? 100, random);
  const goals = draw((await rows("goals", { dir: tables })).filter(outside), o.goals ?? 80, random);
  const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  const indCols = ["metric", "metric_id", "measure", "value", "value_max", "unit", "qualifier", "status", "period", "per_year", "masked", "value_text", "baseline", "benchmark"];
  const one = (r: Row, cols: string[], id: string) =>
    `## ${cell(r[id])}\n\n` +
    `- source: ${cell(r.source)} [${cell(r.start)}, ${cell(r.end)}): «${text(r.source as string).slice(r.start as number, r.end as number)}»\n` +
    `- headings: ${headings(cell(r.section_id))}\n` +
    cols.filter((c) => c in r).map((c) => `- ${c}: ${cell(r[c])}`).join("\n") +
    `\n\nParagraph: ${paragraphOf(text(r.source as string), r.start as number, r.end as number)}\n`;
  const head = (what: string) => `# Audit sample, seed ${o.seed}: ${what}\n\nDrawn by \`deno task audit --seed ${o.seed}\` from rows outside the gold passages.\n\n`;
  return {
    indicators: head("indicator rows (seed documents first, then the rest)") +
      [...fromSeeds, ...others].map((r) => one(r, indCols, "indicator_id")).join("\n"),
    goals: head("goal rows") + goals.map((g) => one(g, ["text", "lead", "kind", "horizon", "target_year", "theme", "has_number", "found_by"], "goal_id")).join("\n"),
    counts: { seed_indicators: fromSeeds.length, other_indicators: others.length, goals: goals.length },
  };
}
