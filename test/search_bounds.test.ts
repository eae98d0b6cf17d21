/**
 * The bounded searches of lib/text/hot.ts against what they replaced, on every paragraph of data/raw:
 * `afterLast` cuts each look-back as its regex did (test/cases/search_bounds.json), and `lastIndexWithin`
 * finds what `lastIndexOf` finds when that is at the floor or after, else -1; `lastWithin` and `occursWithin`, which
 * answer from places found once per text, answer as `lastIndexWithin` and `includes` on the slice do.
 */
import { assert_, assertEquals } from "./assert.ts";
import { afterLast, lastIndexWithin, lastWithin, occursWithin } from "../lib/text/hot.ts";
import { rawTexts } from "./corpus.ts";

const cases = JSON.parse(Deno.readTextFileSync(new URL("./cases/search_bounds.json", import.meta.url))) as {
  after_last: { chars: string; n: number; regex: string }[];
  within: string[];
};

function rawParagraphs(): string[] {
  return rawTexts().flatMap((t) => t.split("\n"));
}

Deno.test("search bounds: afterLast cuts every look-back of data/raw as the regex it replaced", () => {
  const res = cases.after_last.map((c) => ({ ...c, re: new RegExp(c.regex, "u") }));
  const seen = new Map<string, number>();
  for (const para of rawParagraphs()) {
    for (let end = 0; end <= para.length; end += 7) {
      const s = para.slice(Math.max(0, end - 240), end);
      for (const c of res) {
        const want = c.n === 1 ? s.slice(s.search(c.re) + 1) : (() => {
          const cut = s.replace(c.re, "");
          return s.slice(cut.length === s.length ? 0 : cut.length + 1);
        })();
        assertEquals(afterLast(s, c.chars, c.n), want, `${c.regex} on ${s}`);
        if (want !== s) seen.set(c.regex, (seen.get(c.regex) ?? 0) + 1);
      }
    }
  }
  for (const c of res) assert_((seen.get(c.regex) ?? 0) > 100, `${c.regex}: cut only ${seen.get(c.regex) ?? 0} look-backs of data/raw`);
});

Deno.test("search bounds: lastIndexWithin is lastIndexOf held to its floor, on data/raw", () => {
  let found = 0, n = 0;
  for (const para of rawParagraphs()) {
    for (let from = 0; from < para.length; from += 7) {
      const floor = Math.max(0, from - 30);
      for (const w of cases.within) {
        const i = para.lastIndexOf(w, from);
        assertEquals(lastIndexWithin(para, w, from, floor), i >= floor ? i : -1, `${w} back from ${from} to ${floor} in ${para.slice(floor, from + 1)}`);
        if (i >= floor) found++;
        n++;
      }
    }
  }
  assert_(found > 1000 && found < n, `${found} of ${n} searches found their word`);
});

Deno.test("search bounds: lastWithin and occursWithin answer as the searches they index, on every text of data/raw", () => {
  const texts = rawTexts();
  const words = [...cases.within, "苏联", "西德", "德国"];
  const last = words.map((w) => lastWithin(w));
  const any = occursWithin(["计划", "增加", "苏联", "西德", "德国"]);
  let found = 0, held = 0, n = 0;
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t], other = texts[(t + 1) % texts.length];
    for (let from = 0; from < text.length; from += 11) {
      const floor = from % 2 ? Math.max(0, from - 300) : from - 40;
      for (let k = 0; k < words.length; k++) {
        const want = lastIndexWithin(text, words[k], from, floor);
        assertEquals(last[k](text, from, floor), want, `${words[k]} back from ${from} to ${floor}`);
        if (want >= 0) found++;
        n++;
      }
      const slice = text.slice(Math.max(0, floor), from);
      const want = ["计划", "增加", "苏联", "西德", "德国"].some((w) => slice.includes(w));
      assertEquals(any(text, Math.max(0, floor), from), want, `a word in ${slice}`);
      if (want) held++;
      // (another text asked between: the places are found again)
      if (from % 1001 === 0) assertEquals(last[0](other, other.length, 0), other.lastIndexOf(words[0]));
    }
  }
  assert_(found > 1000 && found < n && held > 1000, `${found} of ${n} searches found their word, ${held} spans held one`);
});
