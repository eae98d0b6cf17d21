import { assert } from "./assert.ts";
import { corpus, sourceText } from "./corpus.ts";
import { readText } from "../lib/run/pipeline.ts";
import { terms } from "../lib/stages/terms.ts";

// counted by hand in seeds/003 (grep of the raw file: every use, quoted or not)
const HAND_COUNTED: Record<string, number> = {
  "六稳": 1, "六保": 1, "两先区": 3, "三篇大文章": 2, "十四五": 5, "带土移植": 3, "一件事一次办": 2, "三个中心": 4, "放管服": 1, "专精特新": 2,
};

Deno.test("terms: every quoted phrase of seeds/003 has its row, hand-counted uses match, spans point at the phrase", async () => {
  const { tables } = await corpus();
  const source = "seeds/003_4c843e5d37004413.txt";
  const text = sourceText(source);
  const rows = tables.terms.filter((t) => t.source === source);
  const quoted = new Set([...text.matchAll(/“([^“”\n,，;；:：。!?！？、]{2,12})”/g)].map((m) => m[1]));
  assert.ok(quoted.size > 50);
  for (const q of quoted) {
    const row = rows.find((r) => r.term === q);
    assert.ok(row && row.kind !== "dictionary", `quoted “${q}” has no row`);
  }
  for (const [term, n] of Object.entries(HAND_COUNTED)) {
    const row = rows.find((r) => r.term === term)!;
    assert.equal(row.count, n, term);
  }
  for (const r of rows) {
    assert.equal(text.slice(r.first_start, r.first_end), r.term, `${r.term} first span`);
    assert.ok(text.indexOf(r.term) <= r.first_start, `${r.term}: an earlier use exists`);
  }
});

Deno.test("terms: a longer phrase does not also count as its shorter part; noise is not counted", () => {
  const text = "二、2022年重点工作\n我们全面建成小康社会,向第二个百年奋斗目标进军。坚持“高质量发展”,推动高质量发展。必赢体育高质量发展\n";
  const [doc] = readText("t.txt", text, "utf-8", { minChars: 1 });
  const t = terms(doc);
  const get = (s: string) => t.find((x) => x.term === s);
  assert.equal(get("全面建成小康社会")?.count, 1);
  assert.equal(get("小康社会"), undefined);
  assert.equal(get("高质量发展")?.count, 3);
  assert.equal(get("高质量发展")?.kind, "both");
});
