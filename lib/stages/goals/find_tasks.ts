/**
 * Finding quantified tasks in plan sections ("实施50项重点科技项目"): the
 * clause around each target row that no goal list or dated aim took.
 */
import { charClass } from "../../text/hot.ts";
import { goalPatterns as P } from "../../dictionary/goal_cues.ts";
import type { Indicator } from "../indicators/indicators.ts";
import type { Found, Scan } from "./scan.ts";

const CLAUSE_START_CHAR = charClass(/[,;:。!?\n]/u);
const CLAUSE_END_CHAR = charClass(/[,;。!?\n]/u);

/** The clause [a, b) around an indicator row, at most 200 characters beyond it either way. */
function clauseAround(s: Scan, i: number): [number, number] {
  const r = s.inds[i], text = s.text;
  let a = Math.min(r.a, r.metricA);
  const aFloor = Math.max(s.doc.a, a - 200);
  while (a > aFloor && !CLAUSE_START_CHAR[text.charCodeAt(a - 1)]) a--;
  let b = Math.max(r.b, r.metricB);
  const bCeil = Math.min(s.doc.b, b + 200);
  while (b < bCeil && !CLAUSE_END_CHAR[text.charCodeAt(b)]) b++;
  return [a, b];
}

/** A row that names no planned quantity: 倍增 in a programme's name ("生态渔业倍增计划"), or a count that sums up the names listed just before it ("长白山、三江、吉光3个省实验室"). */
function notATask(s: Scan, r: Indicator, clauseA: number): boolean {
  if (/倍增$/u.test(r.valueText) && P.programme.test(s.text.slice(r.valueB, r.valueB + 4))) return true;
  if (!r.metricAfterNumber || !P.listSummaryUnit.test(r.unit)) return false;
  const lead = s.text.slice(clauseA, r.valueA);
  const last = lead.lastIndexOf("、");
  return last >= 0 && last < lead.length - 1;
}

const spanA = (r: Indicator) => Math.min(r.a, r.metricA);
const spanB = (r: Indicator) => Math.max(r.b, r.metricB);

/**
 * A clause's rows cut into goals: a "、" or "和" between one row's metric and number
 * and the next row's starts a new goal ("启动城中村改造3万户、城市危旧房改造8600套"),
 * unless a 分别 or 均 clause shares its numbers out.
 */
function splitClause(s: Scan, a: number, b: number, idx: number[]): [number, number, number[]][] {
  const rows = [...idx].sort((x, y) => s.inds[x].valueA - s.inds[y].valueA);
  const clause = s.text.slice(a, b);
  if (rows.length < 2 || /分别|均/u.test(clause)) return [[a, b, rows]];
  const out: [number, number, number[]][] = [];
  let start = a, group: number[] = [rows[0]];
  for (let k = 1; k < rows.length; k++) {
    const prevEnd = spanB(s.inds[rows[k - 1]]), nextStart = spanA(s.inds[rows[k]]);
    const m = prevEnd <= nextStart ? P.taskJoiner.exec(s.text.slice(prevEnd, nextStart)) : null;
    if (!m) {
      group.push(rows[k]);
      continue;
    }
    out.push([start, prevEnd + m.index, group]);
    start = prevEnd + m.index + m[0].length;
    group = [rows[k]];
  }
  out.push([start, b, group]);
  return out;
}

/** Plan tasks: one per clause (or "、" piece of it) holding target rows in a plan section, not taken by earlier goals. */
export function findTasks(s: Scan, taken: Set<number>): Found[] {
  // clause [a, b) → indicator rows in it; the key packs both offsets into one
  // number (exact while a document is under 94 million characters)
  const clauses = new Map<number, number[]>();
  const SPAN = s.doc.b - s.doc.a + 1;
  s.inds.forEach((r, i) => {
    if (taken.has(i) || r.status !== "target" || s.roleAt(r.a) !== "plan" || s.isCovered(r.a, r.b)) return;
    const [a, b] = clauseAround(s, i);
    if (notATask(s, r, a)) return;
    const key = (a - s.doc.a) * SPAN + (b - s.doc.a);
    if (!clauses.has(key)) clauses.set(key, []);
    clauses.get(key)!.push(i);
  });
  let out: Found[] = [];
  for (const [key, idx] of clauses) {
    const a0 = s.doc.a + Math.floor(key / SPAN), b0 = s.doc.a + (key % SPAN);
    for (const [a, b, rows] of splitClause(s, a0, b0, idx)) {
      const r = s.inds[rows[0]];
      const y = /^(?:\d{4}-)?(\d{4})$/.exec(r.period); // a year, or a span's end year
      const year = y ? Number(y[1]) : s.year;
      out.push({ a, b, source: "task", row: r, when: { source: "task", docYear: s.year, late: s.late, year } });
    }
  }
  out = joinContinuations(s, out.sort((x, y) => x.a - y.a));
  return out;
}

/** A task clause with no metric of its own ("受益200万人") joins the task clause right before it in the same sentence. */
function joinContinuations(s: Scan, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const lead = f.row ? s.text.slice(f.a, f.row.valueA).replace(/^[\s,;]+/u, "") : "";
    const adjacent = prev && prev.b <= f.a && /^[\s,;]*$/u.test(s.text.slice(prev.b, f.a));
    if (adjacent && f.row && !f.row.metricAfterNumber && P.continuationLead.test(lead)) prev.b = f.b;
    else out.push(f);
  }
  return out;
}
