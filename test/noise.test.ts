import { assert } from "./assert.ts";
import { noise } from "../lib/dictionary/dictionary.ts";
import { identity } from "../lib/text/mapped.ts";
import { normalize } from "../lib/stages/normalize.ts";
import { denoise } from "../lib/stages/denoise.ts";

// Each pattern of data/dictionary/noise.json carries an example and what the
// example leaves. Set between two report sentences, the example must shrink
// to exactly that, and the sentences must stay.
const before = "地区生产总值增长5%左右。";
const after = "城镇新增就业110万人以上。";
for (const p of noise.patterns) {
  Deno.test(`noise: ${p.name} on ${JSON.stringify(p.example)}`, () => {
    const input = p.scope === "tail"
      ? `${before}\n${after}\n${p.example}\n更多页脚`
      : p.scope === "line" || p.name === "headline_residue"
      ? `${before}\n${p.example}\n${after}`
      : `${before}${p.example}\n${after}`;
    const d = denoise(normalize(identity(input)));
    const expected = p.scope === "tail"
      ? `${before}\n${after}\n`
      : p.scope === "line" || p.name === "headline_residue"
      ? `${before}\n${p.leaves}${p.leaves ? "\n" : ""}${after}`
      : `${before}${p.leaves}\n${after}`;
    assert.equal(d.text.text, normalize(identity(expected)).text.replace(/\n$/, "") + (p.scope === "tail" ? "\n" : ""));
    assert.ok(d.removed.length > 0);
  });
}

Deno.test("noise: removed characters are counted in source offsets", () => {
  const input = "开通大连—必赢体育—满洲里班列,必赢体育省政府批复。";
  const d = denoise(normalize(identity(input)));
  assert.equal(d.text.text, "开通大连——满洲里班列,省政府批复。");
  assert.deepEqual(d.removed.map(([s, e]) => input.slice(s, e)), ["必赢体育", "必赢体育"]);
});

Deno.test("noise: a footer line out of place (in the first half of a copy) is dropped alone, not with the report after it", async () => {
  const text = (await Deno.readTextFile(new URL("../data/raw/national/national_2011.txt", import.meta.url))).replace(/^\uFEFF/, "");
  const lines = text.split("\n");
  const footer = lines.findIndex((l) => l.startsWith("本作品是中华人民共和国的"));
  assert.ok(footer > lines.length / 2, "the real copy has its license notice at the end");
  const moved = [lines[0], lines[footer], ...lines.slice(1, footer), ...lines.slice(footer + 1)].join("\n");
  const kept = denoise(normalize(identity(text))).text.text;
  const keptMoved = denoise(normalize(identity(moved))).text.text;
  assert.ok(!keptMoved.includes("本作品是中华人民共和国的"));
  assert.ok(keptMoved.length > kept.length * 0.95, `${keptMoved.length} of ${kept.length} characters kept`);
});
