/**
 * Scoring the tables against hand-made gold annotations (extraction guide,
 * section 5): documents, indicators (recall; precision inside annotated
 * passages; strict agreement on qualifier, value_max and period) and goals.
 */
import { parseCsv } from "../io/csv_parse.ts";
import { bareMetric } from "../dictionary/metrics.ts";
import type { Tables } from "../tables/tables.ts";
import type { GoalRow } from "../tables/goals.ts";
import type { IndicatorRow } from "../tables/indicators.ts";

export interface Gold {
  documents: Record<string, string>[];
  indicators: Record<string, string>[];
  passages: Record<string, string>[];
  goals: Record<string, string>[];
}

/**
 * Read the gold CSV files of a folder (missing files give empty lists).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const gold = readGold("data/gold");
 * assert.ok(gold.indicators.some((r) => r.quote === "地区生产总值7600亿元" && r.source === "seeds/003_4c843e5d37004413.txt"));
 * assert.deepEqual(readGold(await Deno.makeTempDir()), { documents: [], indicators: [], passages: [], goals: [] });
 * ```
 */
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

/** Indicator counts of one kind of passage. */
export interface GroupCounts {
  gold: number;
  matched: number;
  strict: number;
  inPassages: number;
  truePositives: number;
}

/** Why a gold indicator was missed, or why a matched one disagrees (the first field that differs). */
export type MissClass = "value" | "measure" | "status" | "metric" | "unit" | "period" | "qualifier";

export interface Scores {
  documents: { total: number; found: number; fields: Record<string, number> };
  indicators: {
    gold: number; matched: number; recall: number; inPassages: number; truePositives: number; precision: number; strict: number;
    /** misses by class: no row with the value, or the closest row's first wrong field */
    misses: Record<MissClass, number>;
    /** strict disagreements of matched rows by field */
    disagreements: Record<MissClass, number>;
    /** counts for the expected-targets lists ("targets") and the narrative sections ("narrative") apart; "none" outside passages */
    groups: Record<PassageKind, GroupCounts>;
  };
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

export type PassageKind = "targets" | "narrative" | "none";
/**
 * A passage is an expected-targets list when it is one paragraph-sized run whose head introduces targets
 * ("主要预期目标是:", "奋斗目标是"); whole review and plan sections are narrative.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(passageKind("全市经济社会发展主要预期目标是:地区生产总值增长6%左右。"), "targets");
 * assert.equal(passageKind("一、2024年工作回顾\n过去一年,全省地区生产总值增长5.4%。"), "narrative");
 * ```
 */
export function passageKind(passage: string): PassageKind {
  return passage.length < 1500 && /目标(?:建议)?(?:是|为|[:：])/u.test(passage.slice(0, 200)) ? "targets" : "narrative";
}

/** The class of a miss: "value" when no row near the quote has the value, else the closest row's first wrong field. */
function missClass(g: Record<string, string>, near: IndicatorRow[]): MissClass {
  const same = near.filter((r) => sameNumber(g.value, r.value) || sameNumber(g.value, r.value === null ? null : -r.value));
  if (!same.length) return "value";
  const wrong = (r: IndicatorRow): MissClass[] => {
    const w: MissClass[] = [];
    if (!sameNumber(g.value, r.value) || r.measure !== g.measure) w.push("measure");
    if (r.status !== g.status) w.push("status");
    if (!metricsAgree(r.metric, g.metric)) w.push("metric");
    if (r.unit !== g.unit) w.push("unit");
    return w;
  };
  const best = same.map(wrong).sort((a, b) => a.length - b.length)[0];
  return best[0] ?? "metric";
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * Metric names agree when, after dropping leading scope words, one contains the other.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(metricsAgree("全省地区生产总值", "地区生产总值"), true);
 * assert.equal(metricsAgree("城镇新增就业", "新增就业"), true);
 * assert.equal(metricsAgree("地区生产总值", "城镇新增就业"), false);
 * ```
 */
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
 * import type { Tables } from "../tables/tables.ts";
 * const tables = { documents: [], indicators: [], goals: [] } as unknown as Tables;
 * const gold = { documents: [], passages: [], goals: [], indicators: [
 *   { source: "a.txt", quote: "地区生产总值增长8%", quote_from: "", metric: "地区生产总值", measure: "growth", value: "8", value_max: "",
 *     unit: "%", qualifier: "exact", status: "actual", period: "2021", optional: "false" },
 * ] };
 * const s = score(tables, gold, () => "全市地区生产总值增长8%。");
 * assert.equal(s.indicators.recall, 0);
 * assert.equal(s.indicators.misses.value, 1); // no row with that value
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
  const kinds = new Map<string, PassageKind[]>();
  for (const p of gold.passages) {
    const t = textOf(p.source);
    const a = t.indexOf(p.first);
    const b = a < 0 ? -1 : t.indexOf(p.last, a);
    if (a < 0 || b < 0) {
      findings.push({ kind: "gold_error", table: "passages", source: p.source, text: p.first, detail: "passage not found" });
      continue;
    }
    passages.set(p.source, [...(passages.get(p.source) ?? []), [a, b + p.last.length]]);
    kinds.set(p.source, [...(kinds.get(p.source) ?? []), passageKind(t.slice(a, b + p.last.length))]);
  }
  const passageOf = (source: string, s: Span): PassageKind => {
    const i = (passages.get(source) ?? []).findIndex((p) => s[0] >= p[0] && s[1] <= p[1]);
    return i < 0 ? "none" : kinds.get(source)![i];
  };
  const inPassage = (source: string, s: Span) => passageOf(source, s) !== "none";
  const group = (): GroupCounts => ({ gold: 0, matched: 0, strict: 0, inPassages: 0, truePositives: 0 });
  const groups: Record<PassageKind, GroupCounts> = { targets: group(), narrative: group(), none: group() };
  const classes = (): Record<MissClass, number> => ({ value: 0, measure: 0, status: 0, metric: 0, unit: 0, period: 0, qualifier: 0 });
  const misses = classes();
  const disagreements = classes();

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
    const grp = span ? groups[passageOf(g.source, span)] : groups.none;
    grp.gold++;
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
      const around = (bySource.get(g.source) ?? []).filter((r) => overlap([r.start, r.end], span) > 0);
      misses[missClass(g, around)]++;
      const near = around.filter((r) => sameNumber(g.value, r.value));
      const why = near.length
        ? near.map((r) => `got ${r.metric}|${r.measure}|${r.value}|${r.unit}|${r.status}|${r.period}`).join("; ")
        : "no row with that value here";
      findings.push({ kind: "miss", table: "indicators", source: g.source, text: g.quote, detail: `want ${g.metric}|${g.measure}|${g.value}|${g.unit}|${g.status}|${g.period}: ${why}` });
      continue;
    }
    used.add(r);
    matched++;
    grp.matched++;
    if (isStrict(r)) {
      strict++;
      grp.strict++;
    } else {
      if (r.period !== g.period) disagreements.period++;
      else disagreements.qualifier++;
      findings.push({
        kind: "disagree", table: "indicators", source: g.source, text: g.quote,
        detail: `qualifier ${r.qualifier}/${g.qualifier}, value_max ${r.value_max ?? ""}/${g.value_max}, period ${r.period}/${g.period} (got/gold)`,
      });
    }
  }
  let inP = 0;
  let tp = 0;
  for (const r of tables.indicators) {
    const kind = passageOf(r.source, [r.start, r.end]);
    if (kind === "none" || neutral.has(r)) continue;
    inP++;
    groups[kind].inPassages++;
    if (used.has(r)) {
      tp++;
      groups[kind].truePositives++;
    } else {
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
      misses, disagreements, groups,
    },
    goals: goalsScore,
    findings,
  };
}

function classLine(c: Record<string, number>): string {
  return Object.entries(c).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(", ") || "none";
}

/**
 * The scores as a short text report, then every finding.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import type { Tables } from "../tables/tables.ts";
 * const tables = { documents: [], indicators: [], goals: [] } as unknown as Tables;
 * const gold = { documents: [], passages: [], goals: [], indicators: [
 *   { source: "a.txt", quote: "地区生产总值增长8%", quote_from: "", metric: "地区生产总值", measure: "growth", value: "8", value_max: "",
 *     unit: "%", qualifier: "exact", status: "actual", period: "2021", optional: "false" },
 * ] };
 * const text = report(score(tables, gold, () => "全市地区生产总值增长8%。"));
 * assert.match(text, /^documents: 0\/0 found/);
 * assert.match(text, /indicators: recall 0\.000 \(0\/1\)/);
 * assert.match(text, /miss .*a\.txt: 地区生产总值增长8%/);
 * ```
 */
export function report(s: Scores, details = true): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `documents: ${s.documents.found}/${s.documents.total} found; ` +
    Object.entries(s.documents.fields).map(([k, v]) => `${k} ${v}/${s.documents.total}`).join(", "),
    `indicators: recall ${f(s.indicators.recall)} (${s.indicators.matched}/${s.indicators.gold}), ` +
    `precision in passages ${f(s.indicators.precision)} (${s.indicators.truePositives}/${s.indicators.inPassages}), ` +
    `strict agreement ${f(s.indicators.strict)}`,
    `  misses by class: ${classLine(s.indicators.misses)}; strict disagreements: ${classLine(s.indicators.disagreements)}`,
  ];
  for (const [kind, g] of Object.entries(s.indicators.groups)) {
    if (!g.gold && !g.inPassages) continue;
    const ratio = (a: number, b: number) => (b ? f(a / b) : "-");
    lines.push(
      `  ${kind === "none" ? "outside passages" : kind === "targets" ? "targets lists" : "narrative"}: ` +
        `recall ${ratio(g.matched, g.gold)} (${g.matched}/${g.gold}), precision ${ratio(g.truePositives, g.inPassages)} ` +
        `(${g.truePositives}/${g.inPassages}), strict ${ratio(g.strict, g.matched)}`,
    );
  }
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
