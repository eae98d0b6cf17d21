import { assert } from "./assert.ts";
import { corpus } from "./corpus.ts";

Deno.test("facts: kind, region, level and year of every national and party-congress report (test/cases/document_kinds.json)", async () => {
  const cases = JSON.parse(Deno.readTextFileSync(new URL("./cases/document_kinds.json", import.meta.url))) as {
    rows: { source: string; kind: string; region: string; level: string; year: number | null }[];
  };
  const { tables } = await corpus();
  const bySource = new Map(tables.documents.map((d) => [d.source, d]));
  assert.ok(cases.rows.length >= 50);
  for (const c of cases.rows) {
    const d = bySource.get(c.source);
    assert.ok(d, `no document for ${c.source}`);
    assert.deepEqual([d.kind, d.region, d.level, d.year], [c.kind, c.region, c.level, c.year], c.source);
  }
});

Deno.test("facts: every report of data/raw/national/ is a national government work report", async () => {
  const { tables } = await corpus();
  const national = tables.documents.filter((d) => d.source.startsWith("national/"));
  assert.ok(national.length >= 40);
  for (const d of national) {
    assert.deepEqual([d.kind, d.region, d.level], ["government_work_report", "全国", "national"], d.source);
    assert.ok(d.source.includes(String(d.year)), `${d.source}: year ${d.year}`);
  }
});
