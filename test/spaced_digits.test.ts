/** Spaced-out digit runs joined during normalisation, offsets kept (test/cases/spaced_digits.json). */
import { assert } from "./assert.ts";
import { identity } from "../lib/text/mapped.ts";
import { normalize } from "../lib/stages/normalize.ts";
import { findQuantities } from "../lib/stages/numbers/numbers.ts";
import cases from "./cases/spaced_digits.json" with { type: "json" };

for (const c of cases.cases) {
  Deno.test(`spaced digits: ${c.name}`, () => {
    const m = normalize(identity(c.input));
    const text = m.text.trim();
    assert.equal(text, c.expected);
    // every character still points at the character of the input it came from
    for (let i = 0; i < m.text.length; i++) {
      if (m.text[i] === "\n") continue;
      const src = c.input.slice(m.start[i], m.end[i]).normalize("NFKC").replace(/\u3000/g, " ");
      assert.equal(src, m.text[i], `${JSON.stringify(m.text[i])} at ${i} maps to ${JSON.stringify(src)}`);
    }
    if ("value" in c) {
      const [q] = findQuantities(m.text, 0, m.text.length).filter((q) => !/^\d{4}年/.test(m.text.slice(q.a)));
      assert.ok(q, `no quantity in ${text}`);
      assert.equal(q.value, c.value);
      assert.equal(q.unit, c.unit);
      // the quantity's source span is the spaced-out number as written
      const src = c.input.slice(m.start[q.a], m.end[q.b - 1]);
      assert.equal(src.normalize("NFKC").replace(/[\s\u3000]/g, ""), m.text.slice(q.a, q.b));
    }
  });
}
