/**
 * Finding quantified tasks in plan sections ("实施50项重点科技项目"): the
 * clause around each target row that no goal list or dated aim took.
 */
import { charClass } from "../../text/hot.ts";
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

/** Plan tasks: one per clause holding target rows in a plan section, not taken by earlier goals. */
export function findTasks(s: Scan, taken: Set<number>): Found[] {
  // clause [a, b) → indicator rows in it; the key packs both offsets into one
  // number (exact while a document is under 94 million characters)
  const clauses = new Map<number, number[]>();
  const SPAN = s.doc.b - s.doc.a + 1;
  s.inds.forEach((r, i) => {
    if (taken.has(i) || r.status !== "target" || s.roleAt(r.a) !== "plan" || s.isCovered(r.a, r.b)) return;
    const [a, b] = clauseAround(s, i);
    const key = (a - s.doc.a) * SPAN + (b - s.doc.a);
    if (!clauses.has(key)) clauses.set(key, []);
    clauses.get(key)!.push(i);
  });
  const out: Found[] = [];
  for (const [key, idx] of clauses) {
    const a = s.doc.a + Math.floor(key / SPAN), b = s.doc.a + (key % SPAN);
    const r = s.inds[idx[0]];
    const year = /^\d{4}$/.test(r.period) ? Number(r.period) : s.year;
    out.push({ a, b, source: "task", row: r, when: { source: "task", docYear: s.year, late: s.late, year } });
  }
  return out;
}
