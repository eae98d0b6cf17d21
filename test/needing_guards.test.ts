/**
 * The guards of the indicator stage's rules (test/cases/needing_guards.json): each pattern that runs only on a text
 * holding one of its words holds one in every match of data/raw, and answers as its plain regex on every clause
 * prefix and look-back of three reports, so the tables do not change by the guard.
 */
import { assert_, assertEquals } from "./assert.ts";
import { Needing } from "../lib/text/regex.ts";
import { matches } from "../lib/text/hot.ts";
import { CLASSIFY_GUARDED } from "../lib/stages/indicators/classify.ts";
import { SUBJECT_GUARDED } from "../lib/stages/indicators/subject.ts";
import { EXCLUDE_GUARDED } from "../lib/stages/indicators/exclude.ts";
import { ROW_GUARDED } from "../lib/stages/indicators/row.ts";
import { FIND_GUARDED } from "../lib/stages/indicators/find.ts";
import { rawTexts, sourceText } from "./corpus.ts";

const cases = JSON.parse(Deno.readTextFileSync(new URL("./cases/needing_guards.json", import.meta.url))) as {
  modules: Record<string, Record<string, number>>;
};
const MODULES: Record<string, Record<string, Needing>> = {
  classify: CLASSIFY_GUARDED,
  subject: SUBJECT_GUARDED,
  exclude: EXCLUDE_GUARDED,
  row: ROW_GUARDED,
  find: FIND_GUARDED,
};

Deno.test("needing guards: the case table lists every guarded pattern of each module", () => {
  assertEquals(Object.keys(cases.modules).sort(), Object.keys(MODULES).sort());
  for (const [mod, ps] of Object.entries(MODULES)) {
    assertEquals(Object.keys(cases.modules[mod]).sort(), Object.keys(ps).sort(), mod);
    for (const [name, p] of Object.entries(ps)) assert_(p instanceof Needing, `${mod}.${name} is no needing() pattern`);
  }
});

Deno.test("needing guards: every match in data/raw of each guarded pattern holds one of its words", () => {
  const raw = rawTexts();
  for (const [mod, ps] of Object.entries(MODULES)) {
    for (const [name, p] of Object.entries(ps)) {
      // (anchors dropped: a match anywhere, more of them, each checked)
      const all = new RegExp(p.source.replace(/^\^/, "").replace(/\$$/, ""), "gu");
      let n = 0;
      for (const t of raw) {
        for (const m of t.matchAll(all)) {
          assert_(p.words.some((w) => m[0].includes(w)), `${mod}.${name}: the match "${m[0]}" holds none of ${p.words.join(", ")}`);
          n++;
        }
      }
      assert_(n >= cases.modules[mod][name], `${mod}.${name}: ${n} matches in data/raw, under ${cases.modules[mod][name]}`);
    }
  }
});

Deno.test("needing guards: each guarded pattern answers as its plain regex on the clauses and look-backs of three reports", () => {
  const texts = ["provincial-2025/provincial_2025_广东省.txt", "national/national_1957.txt", "national/national_1981.txt"].map(sourceText);
  let matched = 0;
  for (const ps of Object.values(MODULES)) {
    for (const [name, p] of Object.entries(ps)) {
      const plain = new RegExp(p.source, p.flags);
      const check = (s: string) => {
        if (p.global) {
          const at = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);
          const want = at(matches(plain, s));
          assertEquals(at(matches(p, s)), want, `${name} on "${s}"`);
          matched += want.length;
        } else {
          const want = plain.exec(s)?.slice() ?? null;
          assertEquals(p.exec(s)?.slice() ?? null, want, `${name} on "${s}"`);
          assertEquals(p.test(s), want !== null, `${name}.test on "${s}"`);
          if (want) matched++;
        }
      };
      for (const text of texts) {
        for (const para of text.split("\n")) {
          // look-backs of the paragraph (the span and exclusion rules), every 7th end
          for (let end = 0; end <= para.length; end += 7) check(para.slice(Math.max(0, end - 480), end));
          // clause prefixes and whole clauses (the metric rules: a metric is a clause's piece)
          for (const clause of para.split(/[,;。!?、，；]/u)) {
            for (let a = 0; a < clause.length; a += 3) check(clause.slice(a));
          }
        }
      }
    }
  }
  assert_(matched > 1000, `${matched} matches`);
});
