/**
 * Property over the whole default corpus: every indicator row's number, read
 * again from `sourceText.slice(value_start, value_end)` by a routine written
 * apart from lib/stages/numbers (simple, slow, recursive where the module
 * reads left to right), is the row's value; its unit is written there; and
 * unit_base and unit_factor are what data/dictionary/units.json gives for it.
 *
 * Exceptions are listed with their reason in test/cases/number_exceptions.json
 * (each one a case that the test checks is still an exception).
 */
import { assert } from "./assert.ts";
import { corpus, fold, sourceText } from "./corpus.ts";
import unitsJson from "../data/dictionary/units.json" with { type: "json" };
import exceptions from "./cases/number_exceptions.json" with { type: "json" };
import * as OpenCC from "opencc-js/t2cn";

/** Traditional characters read as simplified (OpenCC, as the pipeline matches them; lengths are kept): 萬 → 万, 點 → 点. */
const simplified = OpenCC.Converter({ from: "t", to: "cn" });

// ---- an independent reader -------------------------------------------------

const DIGIT: Record<string, number> = {
  "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
};
const ZERO = new Set(["零", "〇", "○"]);
const MAGNITUDES: [string, number][] = [["亿", 1e8], ["万", 1e4], ["千", 1e3], ["百", 100], ["十", 10]];

/** A Chinese numeral by splitting at its largest magnitude character, recursively. */
export function readCn(s: string, top = true): number | null {
  if (!s) return null;
  s = s.replaceAll("万万", "亿"); // 六万万人
  if (s.includes("点")) {
    const [whole, frac, ...more] = s.split("点");
    if (more.length || !frac) return null;
    // a magnitude after the decimals: 一点三万亿
    const m = /^([^万亿]+)([万亿]+)$/u.exec(frac);
    const digits = m ? m[1] : frac;
    if (![...digits].every((c) => c in DIGIT)) return null;
    const w = readCn(whole, true);
    if (w === null) return null;
    const v = Number(`${w}.${[...digits].map((c) => DIGIT[c]).join("")}`);
    return m ? v * readCn("一" + m[2])! : v;
  }
  if ([...s].every((c) => c in DIGIT)) {
    if (s.length === 1) return DIGIT[s];
    return top ? Number([...s].map((c) => DIGIT[c]).join("")) : null;
  }
  // a year with an ASCII zero among Chinese digits: 二0一一
  if (top && /^[零〇○一二两三四五六七八九0-9]+$/u.test(s)) return Number([...s].map((c) => c in DIGIT ? DIGIT[c] : c).join(""));
  for (const [mag, v] of MAGNITUDES) {
    const i = s.indexOf(mag);
    if (i < 0) continue;
    const left = s.slice(0, i);
    const right = s.slice(i + 1);
    const l = left === "" ? 1 : readCn(left, false);
    if (l === null || (mag !== "亿" && l >= v)) return null;
    let r = 0;
    if (right) {
      if (/^[百千万亿]/u.test(right)) return null; // 千百: no numeral (a bare 十 may follow: 一百十八)
      if (ZERO.has(right[0])) {
        const rest = right.replace(/^[零〇○]+/u, "");
        r = rest ? readCn(rest, false) ?? NaN : NaN;
      } else if (right.length === 1 && right in DIGIT) r = DIGIT[right] * v / 10; // 一万三, 四百五
      else r = readCn(right, false) ?? NaN;
      if (!(r < v)) return null;
    }
    return l * v + r;
  }
  return null;
}

/** Factor and base of a unit as data/dictionary/units.json defines it (any magnitude prefix composes). */
export function unitOf(unit: string): { base: string; factor: number } {
  let per = "";
  for (const p of unitsJson.per) if (unit.endsWith(p) && unit.length > p.length) per = p;
  const u = per ? unit.slice(0, -per.length) : unit;
  let best: { base: string; factor: number; len: number } | null = null;
  for (const e of unitsJson.units) {
    if (!u.endsWith(e.unit)) continue;
    const prefix = u.slice(0, -e.unit.length);
    const pf = prefix === "" ? 1 : (unitsJson.prefixes as Record<string, number>)[prefix];
    if (pf === undefined) continue;
    if (!best || e.unit.length > best.len) best = { base: e.base + per, factor: e.factor * pf, len: e.unit.length };
  }
  // a bare magnitude as the unit (贫困人口再减少1000万): a plain number
  const bare = (unitsJson.prefixes as Record<string, number>)[u];
  if (!best && bare && ["万", "亿", "万亿"].includes(u)) return { base: per, factor: bare };
  return best ?? { base: u + per, factor: 1 };
}

const QUAL_END = /(左右|上下|以上|以下|以内|之内|多|余)$/u;
const CN_CHARS = /^[零〇○一二两三四五六七八九十百千万亿点]+/u;

/** One number read from the front of `s`: its value and the rest. */
function readOne(s: string): { n: number; rest: string } | null {
  const ar = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(s);
  if (ar) {
    let n = Number(ar[1].replaceAll(",", "") + (ar[2] ?? ""));
    let rest = s.slice(ar[0].length);
    const wan = /^万(\d{1,4})(?!\d)/u.exec(rest); // 3万4000人
    if (wan) {
      n = n * 1e4 + Number(wan[1]);
      rest = rest.slice(wan[0].length);
    }
    return { n, rest };
  }
  const cn = CN_CHARS.exec(s);
  if (!cn) return null;
  // the longest prefix that reads as a numeral (the rest is the unit: 两万人 → 两万 + 人)
  for (let k = cn[0].length; k > 0; k--) {
    const n = readCn(cn[0].slice(0, k));
    if (n !== null) return { n, rest: s.slice(k) };
  }
  return null;
}

export interface ReadBack {
  /** amounts in base units of the unit as written: low and high bound */
  lo: number;
  hi: number | null;
  /** the text after the number(s) without qualifier: magnitude and unit as written */
  unitText: string;
  /** the first number as written (before its magnitude characters) */
  first: number;
}

/** The quantity written in a folded value span. */
export function readBack(s: string): ReadBack | null {
  let t = s;
  let pct = false;
  let perMille = false;
  if (t.startsWith("百分之") || t.startsWith("千分之")) {
    pct = true;
    perMille = t.startsWith("千");
    t = t.slice(3);
  }
  // 多 between 千 and 万 after 亿: "五亿二千多万件" is 五亿二千万 多 件
  const one = readOne(t.replace(/^([零〇○一二两三四五六七八九十百千]+亿[零〇○一二两三四五六七八九十百千]+)(多|余)万/u, "$1万$2"));
  if (!one) return null;
  let rest = one.rest.replace(/^(万亿|亿|万)?(多|余)/u, "$1"); // 120多万人, 2.2万多所
  let second: { n: number; rest: string } | null = null;
  // a range: 6%-6.5%, 6至6.5%, 百分之八至九
  const sep = /^([^-—–~至到]*)[-—–~至到]{1,2}(百分之|千分之)?/u.exec(rest);
  if (sep) {
    second = readOne(rest.slice(sep[0].length));
    if (second) rest = second.rest.replace(/^(万亿|亿|万)?(多|余)/u, "$1");
  }
  rest = rest.replace(QUAL_END, "");
  // 强 after a share or multiple: a little more (24%强, 百分之二十四强, 两倍强)
  if (/^(?:%|倍)强$/u.test(rest) || (pct && rest === "强")) rest = rest.slice(0, -1);
  // 半 after the unit adds half of it: "六倍半" (6.5 倍), "十三斤半" (13.5 斤)
  const half = !pct && !second && rest.length > 1 && rest.endsWith("半") ? 0.5 : 0;
  if (half) rest = rest.slice(0, -1);
  const unitText = pct ? (perMille ? "‰" : "%") : rest;
  const { factor } = unitOf(unitText || "?");
  const lo = (one.n + half) * factor;
  return { lo, hi: second ? second.n * factor : null, unitText, first: one.n + half };
}

const MULTIPLE: Record<string, number> = { "一": 1, "1": 1, "两": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4 };

// ---- the property ----------------------------------------------------------

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

interface Row {
  indicator_id: string;
  source: string;
  value_start: number;
  value_end: number;
  value: number | null;
  value_max: number | null;
  unit: string;
  unit_base: string;
  unit_factor: number | null;
  measure: string;
  masked: boolean;
  value_text: string;
}

/** What is wrong with a row's number, or "" when it is right. */
export function checkRow(r: Row, text: string): string {
  const slice = simplified(fold(text.slice(r.value_start, r.value_end)));
  if (!slice.includes(simplified(fold(r.value_text)))) return `value_text ${JSON.stringify(r.value_text)} is not in the span ${JSON.stringify(slice)}`;
  if (r.masked) return r.value === null && /[xX*]/.test(slice) ? "" : `masked row with value ${r.value} from ${JSON.stringify(slice)}`;
  if (r.value === null) return `no value for ${JSON.stringify(slice)}`;
  // the number is whole: no digit right before the span (7 0 ．8 岁 read as 0.8), none right after it
  const lead = simplified(fold(text.slice(Math.max(0, r.value_start - 6), r.value_start)));
  if (/[\d.]$/.test(lead) && /^[\d.]/.test(slice)) return `the number is cut: ${JSON.stringify(lead)} stands before ${JSON.stringify(slice)}`;
  if (/[零〇○一二两三四五六七八九十百千万亿]$/u.test(lead) && /^[零〇○一二两三四五六七八九十百千万亿]/u.test(slice) && readCn(/[零〇○一二两三四五六七八九十百千万亿]+$/u.exec(lead)![0] + slice.slice(0, 1)) !== null) {
    return `the number is cut: ${JSON.stringify(lead)} stands before ${JSON.stringify(slice)}`;
  }
  if (r.measure === "multiple" && r.unit === "倍" && /番|倍增/u.test(slice)) {
    const m = /翻(一|两|三|四|1|2|3|4)?番/u.exec(slice);
    const want = m ? 2 ** MULTIPLE[m[1] ?? "一"] : 2;
    return close(Math.abs(r.value), want) ? "" : `multiple ${r.value}, the text says ${want} (${slice})`;
  }
  if (r.measure === "rank") {
    // (or a rank written without 第 after 排名: "全国排名53位")
    const m = /^(?:第|前)(\d+|[一二三四五六七八九十]+)(位|名)?$/u.exec(slice) ?? /^(\d+)(位)$/u.exec(slice);
    const want = slice === "首位" ? 1 : m ? (/^\d/.test(m[1]) ? Number(m[1]) : readCn(m[1])) : null;
    return want !== null && r.value === want ? "" : `rank ${r.value}, the text says ${want} (${slice})`;
  }
  const tail = simplified(fold(text.slice(r.value_end, r.value_end + 6)));
  if ((/[\d.]$/.test(slice) && /^\.?\d/.test(tail)) || (/[万亿]$/u.test(slice) && /^[万亿]/u.test(tail))) {
    return `the number is cut: ${JSON.stringify(tail)} follows ${JSON.stringify(slice)}`;
  }
  const rb = readBack(slice);
  if (!rb) return `cannot read ${JSON.stringify(slice)}`;
  // the unit: written in the span, with the base and factor of the dictionary
  // a 个百分点 cut short before the list's last value shares its unit: "分别高于全省2.2个和3.7个百分点"
  const shared = r.unit === "个百分点" && slice.endsWith("个") &&
    /^(?:和|、|及)\d+(?:\.\d+)?个百分点/u.test(simplified(fold(text.slice(r.value_end, r.value_end + 12))));
  const written = slice.replace(/(万亿|亿|万)(多|余)/u, "$1") + (shared ? "百分点" : ""); // 二十一万多人 writes 万人
  // (a numeral with 亿 before its trailing 万 is told in 亿: 七百六十六亿四千万元 → 亿元)
  const toldInYi = written.replace(/亿[零〇○一二两三四五六七八九十百千]+万/u, "亿");
  if (!written.includes(r.unit) && !toldInYi.includes(r.unit) && !(r.unit === "%" && slice.startsWith("百分之")) && !(r.unit === "‰" && slice.startsWith("千分之"))) return `unit ${r.unit} is not written in ${JSON.stringify(slice)}`;
  const u = unitOf(r.unit);
  if (u.base !== r.unit_base || r.unit_factor === null || !close(u.factor, r.unit_factor)) {
    return `unit ${r.unit}: base ${r.unit_base} × ${r.unit_factor}, the dictionary gives ${u.base} × ${u.factor}`;
  }
  if (unitOf(shared ? r.unit : rb.unitText).base !== r.unit_base) return `unit ${r.unit} (${r.unit_base}), the text has ${rb.unitText} (${slice})`;
  // the amount, in base units (declines are stored negative, their bounds swapped)
  const lo = Math.abs(r.value) * r.unit_factor;
  const hi = r.value_max === null ? null : Math.abs(r.value_max) * r.unit_factor;
  const got = hi === null ? [lo] : [lo, hi].sort((a, b) => a - b);
  const want = rb.hi === null ? [rb.lo] : [rb.lo, rb.hi].sort((a, b) => a - b);
  if (got.length !== want.length || !got.every((g, i) => close(g, want[i]))) {
    return `value ${r.value}${r.value_max !== null ? "-" + r.value_max : ""} ${r.unit}, the text says ${want.join("-")} ${u.base} (${slice})`;
  }
  // as written: an Arabic number is stored as it stands, in the unit written after it
  if (/^\d/.test(slice) && !close(Math.abs(r.value_max !== null && r.value < 0 ? r.value_max : r.value), rb.first)) {
    return `value ${r.value}, written ${rb.first} (${slice})`;
  }
  return "";
}

Deno.test("numbers: the independent reader reads the case table", async () => {
  const cases = JSON.parse(await Deno.readTextFile(new URL("../lib/stages/numbers/cases/chinese_numerals.json", import.meta.url)));
  for (const c of cases.cases) {
    if (c.value === null) continue;
    assert.equal(readCn(c.text), c.value, c.text);
  }
});

Deno.test("numbers: every indicator row's value is the number written in its span", async () => {
  const { tables } = await corpus();
  const texts = new Map<string, string>();
  const listed = exceptions.exceptions as { source: string; value_start: number; reason: string }[];
  const known = new Map(listed.map((e) => [`${e.source}@${e.value_start}`, e]));
  const wrong: string[] = [];
  const seen = new Set<string>();
  for (const r of tables.indicators) {
    if (!texts.has(r.source)) texts.set(r.source, sourceText(r.source));
    const problem = checkRow(r as Row, texts.get(r.source)!);
    const key = `${r.source}@${r.value_start}`;
    if (known.has(key)) {
      seen.add(key);
      assert.ok(problem, `${key} is listed as an exception but reads right now: remove it from number_exceptions.json`);
      continue;
    }
    if (problem) wrong.push(`${r.indicator_id} ${key}: ${problem}`);
  }
  if (Deno.env.get("NUMBERS_LIST")) console.log(wrong.join("\n"));
  assert.equal(wrong.length, 0, `${wrong.length} rows:\n${wrong.slice(0, 60).join("\n")}`);
  for (const k of known.keys()) assert.ok(seen.has(k), `exception ${k} no longer gives a row`);
});

Deno.test("numbers: the property tells the wrong numbers of the old tables from right ones", () => {
  const row = (source: string, find: string, from: number, len: number, r: Partial<Row>): [Row, string] => {
    const text = sourceText(source);
    const at = text.indexOf(find);
    assert.ok(at >= 0, `${find} is not in ${source}`);
    const start = at + from;
    return [{
      indicator_id: "t", source, value_start: start, value_end: start + len, value: null, value_max: null, unit: "",
      unit_base: "", unit_factor: 1, measure: "level", masked: false, value_text: text.slice(start, start + len), ...r,
    }, text];
  };
  // 突破万亿元 (national_2000): 1000100000000 元 was stored; 1 万亿元 is right
  const wan = "总额首次突破万亿元";
  assert.ok(checkRow(...row("national/national_2000.txt", wan, 6, 3, { value: 1000100000000, unit: "元", unit_base: "元", unit_factor: 1 })));
  assert.equal(checkRow(...row("national/national_2000.txt", wan, 6, 3, { value: 1, unit: "万亿元", unit_base: "元", unit_factor: 1e12 })), "");
  // 平均期望寿命达到7 0 ．8 岁 (national_1998): 0.8 岁 read from the cut span
  const life = "平均期望寿命达到7 0 ．8 岁";
  const [cut, t] = row("national/national_1998.txt", life, 10, 6, { value: 0.8, unit: "岁", unit_base: "岁" });
  cut.value_text = "0.8岁";
  assert.match(checkRow(cut, t), /cut/);
  const [whole, t2] = row("national/national_1998.txt", life, 8, 8, { value: 70.8, unit: "岁", unit_base: "岁" });
  whole.value_text = "70.8岁";
  assert.equal(checkRow(whole, t2), "");
  // 二千零十七万人 (national_1958): 2007 万人 was stored
  const pupils = "小学二千零十七万人";
  assert.ok(checkRow(...row("national/national_1958.txt", pupils, 2, 7, { value: 2007, unit: "万人", unit_base: "人", unit_factor: 1e4 })));
  assert.equal(checkRow(...row("national/national_1958.txt", pupils, 2, 7, { value: 2017, unit: "万人", unit_base: "人", unit_factor: 1e4 })), "");
  // a unit factor that disagrees with data/dictionary/units.json
  assert.match(checkRow(...row("national/national_1958.txt", pupils, 2, 7, { value: 2017, unit: "万人", unit_base: "人", unit_factor: 1e3 })), /dictionary/);
});
