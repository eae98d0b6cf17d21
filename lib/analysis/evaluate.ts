/**
 * Scoring the tables against hand-made gold annotations (extraction guide,
 * section 5): documents, indicators (recall; precision inside annotated
 * passages; strict agreement on qualifier, value_max and period) and goals.
 */
import { parseCsv } from "../io/csv_parse.ts";
import { bareMetric } from "../dictionary/metrics.ts";
import type { Tables } from "../tables/tables.ts";
import type { GoalRow, IndicatorRow } from "../tables/schema.ts";

export interface Gold {
  documents: Record<string, string>[];
  indicators: Record<string, string>[];
  passages: Record<string, string>[];
  goals: Record<string, string>[];
}

/** Read the gold CSV files of a folder (missing files give empty lists). */
export function readGold(dir: string): Gold {
  const read = (n: string) => {
    try {
      return parseCsv(Deno.readTextFileSync(`${dir}/${n}`));
    } catch (e) {
      if (e instanceof Deno.errors.NotFound) return [];
      throw e;
    }
  };
  return {
    documents: read("documents.csv"),
    indicators: read("indicators.csv"),
    passages: read("passages.csv"),
    goals: read("goals.csv"),
  };
}

/** One line of the report: a miss, a false positive or a field disagreement. */
export interface Finding {
  kind: "miss" | "false_positive" | "disagree" | "gold_error";
  table: string;
  source: string;
  text: string;
  detail: string;
}

export interface Scores {
  documents: { total: number; found: number; fields: Record<string, number> };
  indicators: { gold: number; matched: number; recall: number; inPassages: number; truePositives: number; precision: number; strict: number };
  goals: { gold: number; matched: number; recall: number; inPassages: number; truePositives: number; precision: number; agreement: number } | null;
  findings: Finding[];
}

type Span = [number, number];

function locate(text: string, quote: string, from?: string): Span | null {
  let start = 0;
  if (from) {
    const f = text.indexOf(from);
    if (f >= 0) start = f;
  }
  const i = text.indexOf(quote, start);
  return i < 0 ? null : [i, i + quote.length];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Metric names agree when, after dropping leading scope words, one contains the other. */
export function metricsAgree(a: string, b: string): boolean {
  const x = bareMetric(a);
  const y = bareMetric(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function sameNumber(gold: string, v: number | null): boolean {
  if (gold === "") return v === null;
  return v !== null && Math.abs(Number(gold) - v) < 1e-9;
}

/**
 * Score tables against gold.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extractPaths } from "../run/extract.ts";
 * const { tables } = await extractPaths(["data/raw"]);
 * const s = score(tables, readGold("data/gold"), (src) => Deno.readTextFileSync(`data/raw/${src}`));
 * assert.equal(s.documents.found, s.documents.total); // every gold document is found
 * assert.ok(s.indicators.recall > 0.8); // test/cases/eval_floor.json holds the floor
 * ```
 */
export function score(tables: Tables, gold: Gold, sourceText: (source: string) => string): Scores {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  const textOf = (s: string) => {
    if (!texts.has(s)) texts.set(s, sourceText(s).replace(/^\uFEFF/, ""));
    return texts.get(s)!;
  };

  // documents
  const fields = ["kind", "region", "level", "year", "masked"];
  const fieldHits: Record<string, number> = Object.fromEntries(fields.map((f) => [f, 0]));
  let docsFound = 0;
  for (const g of gold.documents) {
    const pos = textOf(g.source).indexOf(g.first);
    const d = tables.documents.find((d) => d.source === g.source && d.start <= pos + g.first.length && pos < d.end);
    if (!d) {
      findings.push({ kind: "miss", table: "documents", source: g.source, text: g.first, detail: "no document here" });
      continue;
    }
    docsFound++;
    const got: Record<string, string> = {
      kind: d.kind, region: d.region, level: d.level, year: d.year === null ? "" : String(d.year), masked: String(d.masked),
    };
    for (const f of fields) {
      if (got[f] === g[f]) fieldHits[f]++;
      else findings.push({ kind: "disagree", table: "documents", source: g.source, text: g.first, detail: `${f}: got "${got[f]}", gold "${g[f]}"` });
    }
  }

  // passages
  const passages = new Map<string, Span[]>();
  for (const p of gold.passages) {
    const t = textOf(p.source);
    const a = t.indexOf(p.first);
    const b = a < 0 ? -1 : t.indexOf(p.last, a);
    if (a < 0 || b < 0) {
      findings.push({ kind: "gold_error", table: "passages", source: p.source, text: p.first, detail: "passage not found" });
      continue;
    }
    passages.set(p.source, [...(passages.get(p.source) ?? []), [a, b + p.last.length]]);
  }
  const inPassage = (source: string, s: Span) => (passages.get(source) ?? []).some((p) => s[0] >= p[0] && s[1] <= p[1]);

  // indicators
  const bySource = new Map<string, IndicatorRow[]>();
  for (const r of tables.indicators) {
    if (!bySource.has(r.source)) bySource.set(r.source, []);
    bySource.get(r.source)!.push(r);
  }
  const used = new Set<IndicatorRow>();
  const neutral = new Set<IndicatorRow>();
  let goldCount = 0;
  let matched = 0;
  let strict = 0;
  const golds = gold.indicators.map((g) => ({ g, span: locate(textOf(g.source), g.quote, g.quote_from || undefined) }));
  // optional rows first: a row they cover is neither right nor wrong
  for (const { g, span } of golds) {
    if (g.optional !== "true" || !span) continue;
    for (const r of bySource.get(g.source) ?? []) if (overlap([r.start, r.end], span) > 0 && r.value === (g.value === "" ? r.value : Number(g.value))) neutral.add(r);
  }
  for (const { g, span } of golds) {
    if (g.optional === "true") continue;
    goldCount++;
    if (!span) {
      findings.push({ kind: "gold_error", table: "indicators", source: g.source, text: g.quote, detail: "quote not found" });
      continue;
    }
    const cands = (bySource.get(g.source) ?? []).filter((r) =>
      !used.has(r) && overlap([r.start, r.end], span) > 0 && sameNumber(g.value, r.value) && r.unit === g.unit &&
      r.measure === g.measure && r.status === g.status && metricsAgree(r.metric, g.metric)
    );
    const isStrict = (r: IndicatorRow) =>
      r.qualifier === g.qualifier && r.period === g.period &&
      (g.value_max === "" ? r.value_max === null : sameNumber(g.value_max, r.value_max));
    cands.sort((x, y) => Number(isStrict(y)) - Number(isStrict(x)) || overlap([y.start, y.end], span) - overlap([x.start, x.end], span));
    const r = cands[0];
    if (!r) {
      const near = (bySource.get(g.source) ?? []).filter((r) => overlap([r.start, r.end], span) > 0 && sameNumber(g.value, r.value));
      const why = near.length
        ? near.map((r) => `got ${r.metric}|${r.measure}|${r.value}|${r.unit}|${r.status}|${r.period}`).join("; ")
        : "no row with that value here";
      findings.push({ kind: "miss", table: "indicators", source: g.source, text: g.quote, detail: `want ${g.metric}|${g.measure}|${g.value}|${g.unit}|${g.status}|${g.period}: ${why}` });
      continue;
    }
    used.add(r);
    matched++;
    if (isStrict(r)) strict++;
    else {
      findings.push({
        kind: "disagree", table: "indicators", source: g.source, text: g.quote,
        detail: `qualifier ${r.qualifier}/${g.qualifier}, value_max ${r.value_max ?? ""}/${g.value_max}, period ${r.period}/${g.period} (got/gold)`,
      });
    }
  }
  let inP = 0;
  let tp = 0;
  for (const r of tables.indicators) {
    if (!inPassage(r.source, [r.start, r.end]) || neutral.has(r)) continue;
    inP++;
    if (used.has(r)) tp++;
    else {
      findings.push({
        kind: "false_positive", table: "indicators", source: r.source, text: textOf(r.source).slice(r.start, r.end),
        detail: `${r.metric}|${r.measure}|${r.value}|${r.unit}|${r.status}|${r.period}`,
      });
    }
  }

  // goals: spans overlap on ≥ 40% of the gold goal and ≥ 50% of the predicted one
  let goalsScore: Scores["goals"] = null;
  if (gold.goals.length) {
    const usedG = new Set<GoalRow>();
    let gm = 0;
    let agree = 0;
    for (const g of gold.goals) {
      const span = locate(textOf(g.source), g.quote, g.quote_from || undefined);
      if (!span) {
        findings.push({ kind: "gold_error", table: "goals", source: g.source, text: g.quote, detail: "quote not found" });
        continue;
      }
      const len = span[1] - span[0];
      const cands = tables.goals.filter((p) => {
        if (p.source !== g.source || usedG.has(p)) return false;
        const o = overlap([p.start, p.end], span);
        return o >= 0.4 * len && o >= 0.5 * (p.end - p.start);
      }).sort((x, y) => overlap([y.start, y.end], span) - overlap([x.start, x.end], span));
      const p = cands[0];
      if (!p) {
        const near = tables.goals.filter((p) => p.source === g.source && overlap([p.start, p.end], span) > 0);
        findings.push({
          kind: "miss", table: "goals", source: g.source, text: g.quote,
          detail: near.length ? near.map((p) => `overlaps "${p.text.slice(0, 40)}"`).join("; ") : "no goal here",
        });
        continue;
      }
      usedG.add(p);
      gm++;
      const ok = p.kind === g.kind && p.horizon === g.horizon && String(p.target_year ?? "") === g.target_year;
      if (ok) agree++;
      else {
        findings.push({
          kind: "disagree", table: "goals", source: g.source, text: g.quote,
          detail: `kind ${p.kind}/${g.kind}, horizon ${p.horizon}/${g.horizon}, target_year ${p.target_year ?? ""}/${g.target_year} (got/gold)`,
        });
      }
    }
    let gin = 0;
    let gtp = 0;
    for (const p of tables.goals) {
      if (!inPassage(p.source, [p.start, p.end])) continue;
      gin++;
      if (usedG.has(p)) gtp++;
      else findings.push({ kind: "false_positive", table: "goals", source: p.source, text: p.text, detail: `${p.kind}|${p.horizon}|${p.target_year ?? ""}` });
    }
    goalsScore = {
      gold: gold.goals.length, matched: gm, recall: gm / gold.goals.length,
      inPassages: gin, truePositives: gtp, precision: gin ? gtp / gin : 1, agreement: gm ? agree / gm : 1,
    };
  }

  return {
    documents: { total: gold.documents.length, found: docsFound, fields: fieldHits },
    indicators: {
      gold: goldCount, matched, recall: goldCount ? matched / goldCount : 1,
      inPassages: inP, truePositives: tp, precision: inP ? tp / inP : 1, strict: matched ? strict / matched : 1,
    },
    goals: goalsScore,
    findings,
  };
}

/** The scores as a short text report, then every finding. */
export function report(s: Scores, details = true): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `documents: ${s.documents.found}/${s.documents.total} found; ` +
    Object.entries(s.documents.fields).map(([k, v]) => `${k} ${v}/${s.documents.total}`).join(", "),
    `indicators: recall ${f(s.indicators.recall)} (${s.indicators.matched}/${s.indicators.gold}), ` +
    `precision in passages ${f(s.indicators.precision)} (${s.indicators.truePositives}/${s.indicators.inPassages}), ` +
    `strict agreement ${f(s.indicators.strict)}`,
  ];
  if (s.goals) {
    lines.push(
      `goals: recall ${f(s.goals.recall)} (${s.goals.matched}/${s.goals.gold}), precision in passages ${f(s.goals.precision)} ` +
        `(${s.goals.truePositives}/${s.goals.inPassages}), kind/horizon/target_year agreement ${f(s.goals.agreement)}`,
    );
  }
  if (details) {
    for (const x of s.findings) lines.push(`  ${x.kind.padEnd(14)} ${x.table.padEnd(10)} ${x.source}: ${x.text} — ${x.detail}`);
  }
  return lines.join("\n");
}
