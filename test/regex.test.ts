import { assert_, assertEquals } from "./assert.ts";
import * as patterns from "../lib/stages/indicators/patterns.ts";
import { endAnchored, lastUnits, Needing, needing, patternAlternation } from "../lib/text/regex.ts";
import { metricEdges } from "../lib/dictionary/dictionary.ts";
import { matches } from "../lib/text/hot.ts";
import { rawTexts, sourceText } from "./corpus.ts";

const TEXTS = ["provincial-2025/provincial_2025_广东省.txt", "national/national_1957.txt"].map(sourceText);

/** The end-anchored patterns of the indicator stage that filter by their last unit, and the metric's tail words (lib/dictionary/metrics.ts). */
const EDGE_TAIL_SOURCE = `(?<=.{2})(?:${patternAlternation(metricEdges.tail)})`;
const filtered = Object.entries(patterns).filter(([, v]) => v && typeof v === "object" && !(v instanceof RegExp) && "exec" in v && "source" in v && !(v instanceof Needing && v.global)) as [string, { exec(s: string): RegExpExecArray | null; test(s: string): boolean; source: string }][];
filtered.push(["EDGE_TAIL", endAnchored(EDGE_TAIL_SOURCE)]);

Deno.test("regex: every end-anchored cue pattern answers as its plain regex on every clause prefix of two reports", () => {
  assert_(filtered.length >= 10, `${filtered.length} patterns`);
  let matched = 0;
  for (const [name, p] of filtered) {
    const plain = new RegExp(p.source, "u");
    for (const text of TEXTS) {
      for (const clause of text.split(/[,;:。!?、\n，；：]/u)) {
        for (let end = 0; end <= clause.length; end++) {
          const s = clause.slice(0, end);
          const want = plain.exec(s);
          const got = p.exec(s);
          if (want) matched++;
          assertEquals(got ? [got.index, ...got] : null, want ? [want.index, ...want] : null, `${name} on "${s}"`);
          assertEquals(p.test(s), want !== null, `${name}.test on "${s}"`);
          if (Symbol.replace in p) assertEquals(s.replace(p as unknown as RegExp, "<>"), s.replace(plain, "<>"), `${name} replace on "${s}"`);
        }
      }
    }
  }
  assert_(matched > 1000, `${matched} matches`);
});

Deno.test("regex: lastUnits reads what it knows and gives up on the rest", () => {
  const units = (s: string) => {
    const u = lastUnits(s);
    return u ? [...u].map((c) => String.fromCharCode(c)).sort().join("") : null;
  };
  const sorted = (s: string) => [...s].sort().join("");
  assertEquals(units("增长|下降"), sorted("长降"));
  assertEquals(units("\\d+(?:\\.\\d+)?(?:到|至)"), sorted("到至"));
  assertEquals(units("比\\d{4}年(?:末|底)?"), sorted("年末底"));
  assertEquals(units("[〇零一二]{4}"), sorted("〇零一二"));
  assertEquals(units("a\\.?"), sorted("a."));
  // a lookbehind takes no unit (节约 is no 约: the qualifier guard of patterns.ts)
  assertEquals(units("(?<=年)增长"), sorted("长"));
  // a lookbehind's inside is not read: the trimmed tail of a metric (lib/dictionary/metrics.ts), a class holding a bracket
  assertEquals(units("(?<=.{2})(?:仍然|(?<!而)已)"), sorted("然已"));
  assertEquals(units("(?<=[)(]\\p{Script=Han})由"), sorted("由"));
  assertEquals(units("(?<!节|制)约|左右"), sorted("约右"));
  assertEquals(units("增长(?<!年增长)"), sorted("长"));
  for (const unknown of ["(?<=年)", "增长(?!率)", "[^,;。]{0,6}", "增.", "\\w", "\\p{Script=Han}", "(增长)\\1", "增长|", "(?:达到)?", "😀"]) {
    assertEquals(units(unknown), null, unknown);
  }
  const g = endAnchored("增长|提高");
  assertEquals(g.exec("地区生产总值增长")?.[0], "增长");
  assertEquals(g.exec(""), null);
});

/** The patterns of the indicator stage run only where one of their words is (`needing`). */
const guarded = Object.entries(patterns).filter(([, v]) => v instanceof Needing) as [string, Needing][];

Deno.test("regex: every pattern that needs a word holds one in each match of data/raw, and answers as its plain regex on the look-backs of three reports", () => {
  assert_(guarded.length >= 6, `${guarded.length} patterns`);
  const raw = rawTexts();
  const texts = [...TEXTS, sourceText("national/national_1981.txt")]; // (明年…的任务: next_year matches without 计划)
  for (const [name, p] of guarded) {
    const plain = new RegExp(p.source, p.flags);
    const all = new RegExp(p.source, "gu");
    let matched = 0;
    const held = new Set<string>();
    for (const text of raw) {
      for (const m of text.matchAll(all)) {
        const hold = p.words.filter((w) => m[0].includes(w));
        assert_(hold.length > 0, `${name}: the match "${m[0]}" holds none of ${p.words.join(", ")}`);
        for (const w of hold) held.add(w);
        matched++;
      }
    }
    assert_(matched >= 1, `${name}: no match in data/raw, its words unchecked`);
    if (name === "NEXT_PLAN") assert_(held.size >= 2, `${name}: words held ${[...held].join(", ")}`);
    for (const text of texts) {
      for (const para of text.split("\n")) {
        // the look-backs the classifier reads: up to 480 characters of the paragraph before a position
        for (let end = 0; end <= para.length; end += 7) {
          const s = para.slice(Math.max(0, end - 480), end);
          const at = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);
          if (p.global) {
            assertEquals(at(matches(p, s)), at(matches(plain, s)), `${name} on "${s}"`);
          } else {
            assertEquals(p.exec(s)?.slice() ?? null, plain.exec(s)?.slice() ?? null, `${name} on "${s}"`);
            assertEquals(p.test(s), plain.test(s), `${name}.test on "${s}"`);
          }
          assertEquals(s.replace(p, "<>"), s.replace(plain, "<>"), `${name} replace on "${s}"`);
          assertEquals(s.replace(p, (m) => `<${m.length}>`), s.replace(plain, (m) => `<${m.length}>`), `${name} replace on "${s}"`);
          assertEquals(p.lastIndex, plain.lastIndex, `${name}.lastIndex after "${s}"`);
        }
      }
    }
  }
  // the constructor refuses what it cannot guard
  for (const [words, flags] of [[[], "u"], [[""], "u"], [["年"], "iu"], [["年"], "yu"]] as [string[], string][]) {
    let threw = false;
    try {
      needing(words, "年", flags);
    } catch {
      threw = true;
    }
    assert_(threw, `${JSON.stringify(words)} ${flags}`);
  }
});
