import { assertEquals } from "./assert.ts";
import { identity } from "../lib/text/mapped.ts";
import { normalize } from "../lib/stages/normalize.ts";
import cases from "./cases/normalize.json" with { type: "json" };

for (const c of cases) {
  Deno.test(`normalize: ${c.name}`, () => {
    const m = normalize(identity(c.input));
    assertEquals(m.text.trim(), c.expected);
    // every character still points at a character of the input that folds to it
    for (let i = 0; i < m.text.length; i++) {
      const ch = m.text[i];
      if (ch === "\n") continue;
      const src = c.input.slice(m.start[i], m.end[i]);
      // (a middle dot between digits before % is read as a decimal point: "19·5%", national_1999)
      const folded = src.normalize("NFKC").replace(/\u3000/g, " ").replace(/^[·・]$/u, ch === "." ? "." : src);
      // (a year's digit 0 reads 〇: 二0二0年)
      if (folded !== ch && !(ch === "〇" && folded === "0")) throw new Error(`${JSON.stringify(ch)} at ${i} maps to ${JSON.stringify(src)}`);
    }
  });
}
