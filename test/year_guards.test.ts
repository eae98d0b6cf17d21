/**
 * The guards of the period and status rules (YEAR_WORD_RULES in lib/stages/indicators/classify.ts): each
 * pattern they skip holds its word in every match of data/raw (test/cases/year_guards.json), the plan names
 * hold 五 and the century patterns 世纪, and `afterLast` cuts each look-back as the regex it replaced.
 */
import { assert_, assertEquals } from "./assert.ts";
import * as patterns from "../lib/stages/indicators/patterns.ts";
import { indicatorCues } from "../lib/dictionary/dictionary.ts";
import { afterLast } from "../lib/text/hot.ts";
import { rawTexts } from "./corpus.ts";

const cases = JSON.parse(Deno.readTextFileSync(new URL("./cases/year_guards.json", import.meta.url))) as { patterns: Record<string, string> };

Deno.test("year guards: every match in data/raw of each pattern the period rules skip holds its word", () => {
  const texts = rawTexts();
  for (const [name, word] of Object.entries(cases.patterns)) {
    const p = (patterns as Record<string, unknown>)[name] as { source: string } | undefined;
    assert_(p !== undefined && typeof p.source === "string", `${name}: no such pattern in patterns.ts`);
    const all = new RegExp(p.source.replace(/^\^/, ""), "gu"); // (unanchored: more matches, each checked)
    let n = 0;
    for (const t of texts) {
      for (const m of t.matchAll(all)) {
        assert_(m[0].includes(word), `${name}: the match "${m[0]}" holds no ${word}`);
        n++;
      }
    }
    assert_(n > 0, `${name}: no match in data/raw, its word unchecked`);
  }
});

Deno.test("year guards: every plan name holds 五 and every century pattern matches only with 世纪", () => {
  for (const k of Object.keys(indicatorCues.plans)) assert_(k.includes("五"), `plan "${k}" holds no 五`);
  const texts = rawTexts();
  let n = 0;
  for (const k of Object.keys(indicatorCues.century_years)) {
    for (const t of texts) {
      for (const m of t.matchAll(new RegExp(k, "gu"))) {
        assert_(m[0].includes("世纪"), `century pattern ${k}: the match "${m[0]}" holds no 世纪`);
        n++;
      }
    }
  }
  assert_(n > 0, "no century pattern matched in data/raw");
});

Deno.test("year guards: afterLast cuts every look-back of data/raw as the regex search did", () => {
  let n = 0;
  for (const t of rawTexts().slice(0, 30)) {
    for (const para of t.split("\n")) {
      for (let end = 0; end <= para.length; end += 5) {
        const s = para.slice(Math.max(0, end - 240), end);
        assertEquals(afterLast(s, ";；"), s.slice(s.search(/[;；][^;；]*$/u) + 1), s);
        assertEquals(afterLast(s, ";；。"), s.slice(s.search(/[;；。][^;；。]*$/u) + 1), s);
        n++;
      }
    }
  }
  assert_(n > 1000, `${n} look-backs`);
});
