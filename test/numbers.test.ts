/**
 * The Chinese-numeral reader and the quantity finder against their case
 * tables (lib/stages/numbers/cases/*.json); each quantity case is text of the
 * default corpus, checked to stand in its source.
 */
import { assert } from "./assert.ts";
import { readChineseNumeral } from "../lib/stages/numbers/chinese.ts";
import { chineseNumber, findQuantities } from "../lib/stages/numbers/numbers.ts";
import { sourceText } from "./corpus.ts";
import numerals from "../lib/stages/numbers/cases/chinese_numerals.json" with { type: "json" };
import quantities from "../lib/stages/numbers/cases/quantities.json" with { type: "json" };

Deno.test("numbers: the numeral case table has at least 40 cases, each read right", () => {
  assert.ok(numerals.cases.length >= 40);
  for (const c of numerals.cases) {
    assert.equal(readChineseNumeral(c.text), c.value, `${c.text}${c.note ? ` (${c.note})` : ""}`);
    assert.equal(chineseNumber(c.text), c.value, `chineseNumber(${c.text})`);
  }
});

Deno.test("numbers: every digit-by-digit year from 1949 to 2050 reads as itself", () => {
  const cn = "〇一二三四五六七八九";
  for (let y = 1949; y <= 2050; y++) {
    const s = [...String(y)].map((d) => cn[Number(d)]).join("");
    assert.equal(readChineseNumeral(s), y, s);
  }
});

Deno.test("numbers: structured numerals from 1 to 99999 read as the number they write", () => {
  // written the standard way: 一万零五十, 二千零一, 十五 (a leading 一十 is written 十)
  const d = "零一二三四五六七八九";
  const write = (n: number): string => {
    const units = ["", "十", "百", "千"];
    const groups: string[] = [];
    const w = Math.floor(n / 1e4), r = n % 1e4;
    const four = (x: number, lead: boolean): string => {
      let out = "";
      let zero = false;
      for (let i = 3; i >= 0; i--) {
        const dig = Math.floor(x / 10 ** i) % 10;
        if (dig === 0) {
          if (out || lead) zero = true;
          continue;
        }
        if (zero && (out || lead)) out += "零";
        zero = false;
        out += (dig === 1 && i === 1 && !out && !lead) ? "十" : d[dig] + units[i];
      }
      return out;
    };
    if (w) groups.push(four(w, false) + "万");
    if (r) groups.push(four(r, w > 0 && r < 1000));
    return groups.join("");
  };
  for (let n = 1; n <= 99999; n += n < 2000 ? 1 : 7) {
    const s = write(n);
    assert.equal(readChineseNumeral(s), n, `${s} (${n})`);
  }
});

for (const c of quantities.cases) {
  Deno.test(`numbers: quantities of ${c.text}`, () => {
    const fold = (s: string) => s.normalize("NFKC").replace(/[\s\u3000]/g, "");
    assert.ok(fold(sourceText(c.source)).includes(fold(c.text)), `the case text is not in ${c.source}`);
    const got = findQuantities(c.text, 0, c.text.length).map((q) => ({
      value_text: c.text.slice(q.a, q.b), value: q.value, ...(q.valueMax !== null ? { value_max: q.valueMax } : {}), unit: q.unit, unit_factor: Number(q.factor.toPrecision(7)), after: q.after,
    }));
    const want = c.quantities.map((q) => ({ after: "", ...q }));
    assert.deepEqual(got.map((g) => ({ ...g, unit_factor: g.unit_factor })), want.map((w) => ({ ...w, unit_factor: Number(w.unit_factor.toPrecision(7)) })));
  });
}
