/**
 * Finding dated aims outside reviews ("到2025年…", "力争2025年…",
 * "到“十四五”末…", "到二〇三五年…"): the sentence from the date on.
 */
import { indicatorCues } from "../../dictionary/dictionary.ts";
import { goalPatterns as P } from "../../dictionary/goal_cues.ts";
import { chineseNumber } from "../numbers/numbers.ts";
import type { Found, Scan } from "./scan.ts";

/** The year a dated-aim match names: digits, a plan's end, or Chinese numerals; null when masked. */
function yearOfMatch(m: RegExpExecArray): number | null {
  if (m[1]) return /^\d/.test(m[1]) ? Number(m[1]) : null;
  if (m[2]) return indicatorCues.plans[m[2]] ?? null;
  if (m[3] || m[4]) return chineseNumber(m[3] ?? m[4]);
  return null;
}

/** Dated aims in sentences that no goal list covers; each covers its sentence. */
export function findDated(s: Scan): Found[] {
  const out: Found[] = [];
  for (const sent of s.doc.sentences) {
    if (s.isCovered(sent.a, sent.b) || s.roleAt(sent.a) === "review") continue;
    const m = P.dated.exec(s.text.slice(sent.a, sent.b));
    if (!m) continue;
    const ty = yearOfMatch(m);
    if (s.year !== null && ty !== null && ty < s.year) continue;
    out.push({ a: sent.a + m.index!, b: sent.b, source: "dated", when: { source: "dated", docYear: s.year, late: s.late, year: ty } });
    s.cover(sent.a, sent.b);
  }
  return out;
}
