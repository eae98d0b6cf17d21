/**
 * Numbers as people write them in these reports, with their units:
 * Arabic (7600, 737.6, 1,200), full-width (folded earlier), Chinese numerals
 * (一万二千, 两, 百分之五, 千分之十三 → 13 ‰), mixed (1.2万亿元, 3万4000人), ranges (6%-6.5%,
 * 4.5%—5%, 6至6.5%), multipliers (翻一番, 翻两番, 倍增), approximate amounts
 * (120多万人, 400余项, 近百项) and masked digits (x, xx, x.xx, *, **, ****).
 *
 * Years (2021年), dates, ordinals (第十四届), names with digits (5号机组,
 * 地铁4号线, 5G) and product specs (4兆瓦级) are not quantities.
 *
 * Values are stored in the unit as written, the unit carrying its magnitude:
 * 1.3万亿斤 is 1.3 万亿斤, and unit_factor (from data/dictionary/units.json)
 * turns it into 6.5e8 吨. A Chinese numeral's trailing magnitude goes into the
 * unit when the unit takes it, the value being the numeral's whole value over
 * that magnitude (一百七十万人 → 170 万人), or over 亿 when the numeral has
 * one before its trailing 万 (七百六十六亿四千万元 → 766.4 亿元, as 766.4亿元
 * would be written today), so a number never loses the part before its last
 * magnitude. The units that
 * take 万亿 say so in units.json (斤, 吨, 千瓦时 …: 1.3万亿斤). A bare magnitude (百亿元,
 * 万亿元) is an amount only after 近, 突破, 超 … and, but after 近, not before
 * a noun other than 大关 (产值超百亿元工业企业 names a class of firms): the
 * words are units.json's `bare_magnitude`. A magnitude that ends its clause
 * after an Arabic number is the unit itself (贫困人口再减少1000万 → 1000 万,
 * base "" × 1e4); before a noun (9748万农村人口) it is left unread for now, as
 * the metric would have to be read after the number. Chinese numerals
 * are read by ./chinese.ts; the case tables are in ./cases/. Numbers that web
 * copies space out digit by digit are joined earlier, by normalisation.
 */
import { charClass, matches } from "../../text/hot.ts";
import { indicatorCues, units as unitDict } from "../../dictionary/dictionary.ts";
import { readChineseNumeral } from "./chinese.ts";

/** A number with its unit, as found in cleaned text. */
export interface Quantity {
  /** span of the number, unit and trailing qualifier word */
  a: number;
  b: number;
  value: number | null;
  valueMax: number | null;
  unit: string;
  /** the unit's base and factor: value × factor is in base units */
  base: string;
  factor: number;
  quantity: string;
  /** qualifier read from the words after the number (多, 余, 左右, 以上 …) */
  after: "" | "approx" | "min" | "max";
  afterText: string;
  masked: boolean;
  /** "number", "multiple" (翻一番, 倍增) or "rank" (第7位) */
  kind: "number" | "multiple" | "rank";
}

/**
 * Value of a Chinese numeral, or null when it is not a well-formed one (the
 * reader of ./chinese.ts, under the name the other stages call).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(chineseNumber("一万二千"), 12000);
 * assert.equal(chineseNumber("二〇三五"), 2035);
 * assert.equal(chineseNumber("六百零三亿五千万"), 60350000000);
 * assert.equal(chineseNumber("十四五"), null); // a plan's name, not a number
 * ```
 */
export function chineseNumber(s: string): number | null {
  return readChineseNumeral(s);
}

/**
 * A count written in digits or in Chinese numerals (the two ways the reports write one: "3年", "三年", "第11位"), or
 * null; digits count only when they are the whole of it (a masked "1x" is no count).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(countNumber("3"), 3);
 * assert.equal(countNumber("十"), 10);
 * assert.equal(countNumber("1x"), null);
 * ```
 */
export function countNumber(t: string): number | null {
  return /^\d+$/u.test(t) ? Number(t) : chineseNumber(t);
}

/**
 * A year written in digits or in Chinese numerals (the two ways the reports write it), or null.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(yearNumber("2025"), 2025);
 * assert.equal(yearNumber("一九八○"), 1980);
 * assert.equal(yearNumber("十四五"), null);
 * ```
 */
export function yearNumber(t: string): number | null {
  return countNumber(t);
}

function esc(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

interface UnitInfo {
  unit: string;
  base: string;
  factor: number;
  quantity: string;
}

const unitTable = new Map<string, UnitInfo>();
for (const u of unitDict.units) {
  unitTable.set(u.unit, { unit: u.unit, base: u.base, factor: u.factor, quantity: u.quantity });
  for (const p of u.prefixes) {
    unitTable.set(p + u.unit, {
      unit: p + u.unit,
      base: u.base,
      factor: u.factor * unitDict.prefixes[p],
      quantity: u.quantity,
    });
  }
}
const UNIT = [...unitTable.keys()].sort((a, b) => b.length - a.length).map(esc).join("|");
// bounded repetitions keep matching linear on hostile text (a megabyte of digits)
const AR = String.raw`\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,8})?|\d{1,16}(?:\.\d{1,8})?(?:万\d{1,4}(?!\d))?`;
const CN = "[零〇○一二两三四五六七八九十百千万亿]{1,16}(?:点[〇○零一二三四五六七八九]{1,8}(?:万亿|万|亿)?)?";
const MASK = String.raw`[xX]{1,8}(?:\.[xX]{1,8})?|\*{1,8}(?:\.\*{1,8})?`;
const NUM = `(?:${AR}|${MASK}|${CN})`;
const AFTER = "左右|上下|以上|以下|以内|之内|多";
const PER = unitDict.per.map(esc).join("|");
const CN_START = charClass(/[零〇○一二两三四五六七八九十百千万亿]/u);
const LATIN = charClass(/[A-Za-z]/);
const DIGIT = charClass(/\d/);
/** The rate suffixes longest first: the first that ends a unit is the one `(${PER})$` finds (its leftmost start). */
const PER_LONGEST = [...unitDict.per].sort((x, y) => y.length - x.length);
/** The rate suffix a unit ends with (万元/人 → /人), or "": an endsWith per suffix, not an end-anchored regex tried at every position of the unit. */
const perSuffix = (unit: string): string => PER_LONGEST.find((p) => unit.endsWith(p)) ?? "";
/**
 * not a numeral's last 千 where a unit starts with it whose rest is no unit (千瓦, 千瓦时, 千克): "四百零六万千瓦" is
 * 四百零六万 in 千瓦 (406 万千瓦), "七万二千五百千瓦" 72500 千瓦 (三千米 stays 3000 米)
 */
const KILO_REST = [...unitTable.keys()].filter((u) => u.startsWith("千") && u.length > 1 && !unitTable.has(u.slice(1))).map((u) => esc(u.slice(1)));
const NOT_KILO = KILO_REST.length ? `(?<!千(?=${KILO_REST.join("|")}))` : "";
// groups: 百分之 or 千分之, number, 多/余, unit, qualifier word
const SINGLE = new RegExp(`([百千]分之)?(${NUM})${NOT_KILO}(多|余)?((?:${UNIT})(?:${PER})?)?(${AFTER})?`, "gu");
/** after an Arabic number: a magnitude, 多 or 余, then the unit (2.2万多所) */
const MAG_MANY_AHEAD = new RegExp(`^(万亿|亿|万)(多|余)((?:${UNIT})(?:${PER})?)(${AFTER})?`, "u");
const RANGE_TAIL = new RegExp(`^\\s?[-—–~至到]{1,2}\\s?(百分之|千分之)?(${NUM})${NOT_KILO}(多|余)?(${UNIT})?(${AFTER})?`, "u");
/** the units a range's tail may start with (RANGE_TAIL's first character) */
const RANGE_START = charClass(/[\s\-—–~至到]/u);
/** RANGE_TAIL at `at`, or null: run only where its first character stands (most numbers start no range) */
const rangeTail = (s: string, at: number) => (RANGE_START[s.charCodeAt(at)] === 1 ? RANGE_TAIL.exec(ahead(s, at)) : null);
const CN_MAGNITUDE = /[十百千万亿]/u;
const CN_DIGIT_CHAR = /[零〇○一二两三四五六七八九]/u;
const HAN = /\p{Script=Han}/u;
/** the words after which a bare magnitude is an amount (近百项, 突破万亿元, 超千亿元), and the words it may stand before */
const BARE_AFTER = unitDict.bare_magnitude.after;
const BARE_BEFORE_WORDS = unitDict.bare_magnitude.before_words;
/** where 倍增 is no doubling: 成倍增长, 倍增计划 */
const DOUBLING = unitDict.doubling;
/** magnitudes standing as units where a clause ends after them (1000万, 8.14亿): a plain number, base "" */
const BARE_UNITS = new Map(["万", "亿", "万亿"].map((m) => [m, { unit: m, base: "", factor: unitDict.prefixes[m], quantity: "count" }]));
const BARE_UNIT_AHEAD = new RegExp(`^(万亿|亿|万)(多|余)?(${AFTER})?(?=[,;。、:!?)]|$|和\\d)`, "u");
/**
 * a magnitude before the people it counts, with no unit word: 9748万农村人口, 1.5亿学生, 8.8万贫困人口 (the
 * noun's head within six characters; other nouns after a bare magnitude are too often units the table lacks)
 */
const BARE_BEFORE_NOUN = /^(万亿|亿|万)(多|余)?(?=[^\s\d,;。、:!?的“”]{0,6}?(?:人口|居民|农民|群众|学生|儿童|职工|农民工|残疾人|老年人|用户|贫困户|劳动力|寄宿生))/u;
/** the magnitude a Chinese numeral ends in */
const BIG_END = /(万亿|万|亿)$/u;
const MULTIPLE = /翻(一|两|三|四|1|2|3|4)?番|倍增/gu;
// ranks: a rank verb (data/dictionary/indicator_cues.json), or a scope word (units.json) not after 由/从, before 第N位
// or 首位; masked 第x位; lists 第1、第2位 (the list's last unit serves all); 前N位 (at most N)
const RANK_VERBS = [...indicatorCues.rank_verbs].sort((x, y) => y.length - x.length).map(esc).join("|");
const RANK_NUM = "\\d{1,4}|[一二三四五六七八九十]{1,3}|[xX]{1,2}";
const RANK = new RegExp(`(?:(?:${RANK_VERBS})[^,;。第首]{0,8}|(?<![由从])(?:${unitDict.rank_scopes.map(esc).join("|")}))(?:第(${RANK_NUM})(位|名)?|(首)(位))|(前)(${RANK_NUM})(位|名)`, "gu");
const RANK_TOP = new RegExp(`前(?:${RANK_NUM})(?:位|名)`, "u");
/** what may follow a rank written without 位 or 名: a clause break or the text's end */
const RANK_BARE_END = /^(?:[,;。、!?)，；！？）\n]|$)/u;
const RANK_MORE = new RegExp(`^、第(${RANK_NUM})(位|名)?`, "u");
/**
 * The words a unit's last character starts (人民, 家庭: units.json `unit_words`), by UTF-16 unit: the
 * second units of each two-unit word under its first, and the one-unit words (a unit ending the text)
 */
const UNIT_WORD_NEXT = new Map<number, Set<number>>();
const UNIT_WORD_ALONE = new Set<number>();
for (const w of unitDict.unit_words) {
  if (w.length === 1) UNIT_WORD_ALONE.add(w.charCodeAt(0));
  if (w.length !== 2) continue;
  const next = UNIT_WORD_NEXT.get(w.charCodeAt(0)) ?? new Set<number>();
  UNIT_WORD_NEXT.set(w.charCodeAt(0), next.add(w.charCodeAt(1)));
}
/** Whether the unit's last character and the one at `end` (none at the text's end) are one of the unit words: `UNIT_WORD.has(unit.slice(-1) + (s[end] ?? ""))` with no strings made. */
function startsUnitWord(unit: string, s: string, end: number): boolean {
  const last = unit.charCodeAt(unit.length - 1);
  if (end >= s.length) return UNIT_WORD_ALONE.has(last);
  const next = UNIT_WORD_NEXT.get(last);
  return next !== undefined && next.has(s.charCodeAt(end));
}
const NOT_AFTER = new RegExp(`^(${unitDict.not_after.map(esc).join("|")})`, "u");
const QUAL_AFTER: Record<string, Quantity["after"]> = {
  "左右": "approx", "上下": "approx", "以上": "min", "多": "min", "余": "min",
  "以下": "max", "以内": "max", "之内": "max", ...unitDict.ratio_after,
};
/** units that count only before a clause break (`break_only`: 33类。), and the breaks */
const BREAK_ONLY = new Set(unitDict.break_only);
const CLAUSE_BREAK = /^[,，;；。、!！?？)）]$/u;
/** qualifier words that follow only a share or a multiple (24%强) */
const RATIO_AFTER: Record<string, string> = unitDict.ratio_after;

/** `unit` without a rate suffix (万元/人 → 万元). */
function unitWithoutPer(unit: string): string {
  const per = perSuffix(unit);
  return per && per.length < unit.length ? unit.slice(0, unit.length - per.length) : unit;
}

function parsed0Masked(num: string): boolean {
  const c = num.charCodeAt(0);
  return c === 0x78 || c === 0x58 || c === 0x2a; // x X *
}

function parseNumber(s: string): { value: number | null; masked: boolean } | null {
  if (parsed0Masked(s)) return { value: null, masked: true };
  if (DIGIT[s.charCodeAt(0)] === 1) {
    // (the regexes only where their character is: most numbers are plain digits)
    const w = s.includes("万") ? /^(\d+(?:\.\d+)?)万(\d+)$/.exec(s) : null;
    if (w) return { value: Number(w[1]) * 1e4 + Number(w[2]), masked: false };
    return { value: Number(s.includes(",") ? s.replace(/,/g, "") : s), masked: false };
  }
  const v = readChineseNumeral(s);
  return v === null ? null : { value: v, masked: false };
}

/**
 * A Chinese numeral before `unit`, its value in the unit as written: a
 * trailing magnitude goes into the unit when the unit takes it (一百七十万人 →
 * 170 万人; 七百六十六亿四千万元 → 766.4 亿元, told in its 亿; 突破万亿元 → 1 万亿元). Null when
 * the numeral does not read.
 */
function splitChinese(num: string, unit: string): { value: number; unit: string } | null {
  const full = readChineseNumeral(num);
  if (full === null) return null;
  const big = BIG_END.exec(num);
  // (亿 before the trailing 万 is the magnitude the amount is told in: 七百六十六亿四千万元 → 766.4 亿元)
  const mag = big?.[1] === "万" && num.includes("亿") && !num.includes("万亿") ? "亿" : big?.[1];
  if (mag && unit && unitTable.has(mag + unitWithoutPer(unit))) return { value: full / unitDict.prefixes[mag], unit: mag + unit };
  return { value: full, unit };
}


/**
 * Every quantity in `text[a, b)`, in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "国家财政收入比上年增加1501亿元,总额首次突破万亿元"; // national_2000
 * const [rise, total] = findQuantities(text, 0, text.length);
 * assert.deepEqual([rise.value, rise.unit, rise.factor], [1501, "亿元", 1e8]);
 * assert.deepEqual([total.value, total.unit, total.factor], [1, "万亿元", 1e12]);
 * const [grain] = findQuantities("粮食产量1.4万亿斤左右", 0, 13); // national_2025
 * assert.deepEqual([grain.value, grain.unit, grain.after], [1.4, "万亿斤", "approx"]);
 * ```
 */
export function findQuantities(text: string, a: number, b: number): Quantity[] {
  const s = text.slice(a, b);
  const kept = numbersIn(s, a); // 1. numbers with their units, ranges and qualifier words
  if (s.includes("番") || s.includes("倍增")) multiplesIn(s, a, kept); // 2. 翻一番, 倍增
  const hasTop = s.includes("第") || s.includes("首位") || (s.includes("前") && RANK_TOP.test(s)) ? ranksIn(s, a, kept) : false; // 3. ranks
  kept.sort((x, y) => x.a - y.a);
  return hasTop ? withoutCountsInRanks(kept) : kept;
}

/** A number match's parts, once its magnitude, 多 and Chinese value are read; null when it is no quantity. */
interface Head {
  whole: string;
  pct?: string;
  num: string;
  many?: string;
  unit?: string;
  after?: string;
  cnValue: number | null;
  tailAhead: RegExpExecArray | null;
}

/** Every number of `s` (at `a` in the text) that is a quantity, in order. */
function numbersIn(s: string, a: number): Quantity[] {
  const out: Quantity[] = [];
  SINGLE.lastIndex = 0;
  let skipUntil = -1; // the second half of a range already read
  // an exec loop (SINGLE never matches empty text): no iterator on the hottest loop of the stage
  for (let m = SINGLE.exec(s); m; m = SINGLE.exec(s)) {
    const start = m.index!;
    if (start < skipUntil) continue;
    const h = headOf(s, m);
    if (!h) continue;
    const q = quantityOf(s, a, start, h);
    if (!q) continue;
    out.push(q);
    if (q.b - a > start + h.whole.length) skipUntil = q.b - a;
  }
  return out;
}

/** The head of the number matched at `m`: a magnitude and 多 read ahead, a Chinese numeral's value; null when no quantity starts here. */
function headOf(s: string, m: RegExpExecArray): Head | null {
  const start = m.index!;
  // (read by index: destructuring the match array goes through its iterator, on every number)
  let whole: string | undefined = m[0], num: string = m[2], unit: string | undefined = m[4], after: string | undefined = m[5];
  let many: string | undefined = m[3];
  const pct: string | undefined = m[1];
  const afterNum = s.charCodeAt(start + whole!.length);
  let magnitudeAhead = afterNum === 0x4e07 || afterNum === 0x4ebf; // 万 亿 after a number that took no unit
  if (magnitudeAhead && !unit && !many && !pct && CN_START[num.charCodeAt(0)] !== 1) {
    // 2.2万多所: the magnitude, 多, then the unit
    const mm = MAG_MANY_AHEAD.exec(s.slice(start + whole!.length, start + whole!.length + 24));
    if (mm && unitTable.has(mm[1] + unitWithoutPer(mm[3]))) {
      whole = whole! + mm[0];
      unit = mm[1] + mm[3];
      many = mm[2];
      after = mm[4];
      SINGLE.lastIndex = start + whole.length;
      magnitudeAhead = false;
    }
  }
  // a range whose bounds each write the magnitude, the unit only after the second: "700万到800万吨" (700-800 万吨)
  if (magnitudeAhead && !unit && !many && !pct && magnitudeRange(s, start + whole!.length, num)) {
    whole = whole! + s[start + whole!.length];
    SINGLE.lastIndex = start + whole.length;
    magnitudeAhead = false;
  }
  // Chinese numerals: only with a magnitude character, or a digit before 倍 or 成, or 百分之
  const isCn = CN_START[num.charCodeAt(0)] === 1;
  if (isCn && !pct && !unit) return cnRangeHead(s, start, whole!, num); // 一是, 统一, 十四五: most matches end here
  let cnValue: number | null = null;
  if (isCn) {
    const cn = chineseHead(s, start, whole!, num, pct, unit);
    if (!cn) return null;
    cnValue = cn.value;
    unit = cn.unit;
    // 多 between a numeral's 千 and its 万: "五亿二千多万件" is 5.2亿 (52000 万件), not 五亿二千 of 万件
    if (many && cnValue !== null && unit?.startsWith("万") && num.includes("亿") && !num.includes("万")) {
      const whole = readChineseNumeral(num + "万");
      if (whole !== null) cnValue = whole / 1e4;
    }
  }
  const tailAhead = !unit && !pct && !after && !many ? rangeTail(s, start + whole!.length) : null;
  if (tailAhead && !tailAhead[4]) return null; // "6至8" without a unit is no quantity
  if (magnitudeAhead && !pct && !unit && !tailAhead && !isCn) {
    // a magnitude that ends its clause is the unit: 贫困人口再减少1000万, 人口8.14亿
    const look = s.slice(start + whole!.length, start + whole!.length + 8);
    const bare = BARE_UNIT_AHEAD.exec(look) ?? BARE_BEFORE_NOUN.exec(look);
    if (bare) {
      whole = whole! + bare[1] + (bare[2] ?? "") + (bare[3] ?? "");
      unit = bare[1];
      many = bare[2];
      after = bare[3];
      SINGLE.lastIndex = start + whole.length;
    }
  }
  if (!pct && !unit && !tailAhead) return null;
  // a duration with 多 inside its unit, "1个多月", is no count of 个 (and no unit as written: no quantity)
  if (unit === "个" && after === "多" && s.charCodeAt(start + whole!.length) === 0x6708) return null;
  return { whole: whole!, pct, num, many, unit, after, cnValue, tailAhead };
}

/** Whether the magnitude at `at` after an Arabic number opens a range whose second bound writes it again with the unit: "700万到800万吨", "3亿-5亿元". */
function magnitudeRange(s: string, at: number, num: string): boolean {
  if (DIGIT[num.charCodeAt(0)] !== 1) return false;
  const t = rangeTail(s, at + 1);
  return t !== null && !t[1] && DIGIT[t[2].charCodeAt(0)] === 1 && (t[4]?.startsWith(s[at]) ?? false);
}

/**
 * The head of a range of Chinese numerals whose unit only the second bound writes ("四十至五十名工人" → 40, "五万到六万人" →
 * 5 in 万人, "八至十万人" → 8 in 万人), or null: the second bound needs a magnitude character (一至五月 is no range).
 */
function cnRangeHead(s: string, start: number, whole: string, num: string): Head | null {
  const tail = rangeTail(s, start + whole.length);
  if (!tail || !tail[4] || tail[1] || CN_START[tail[2].charCodeAt(0)] !== 1 || !CN_MAGNITUDE.test(tail[2])) return null;
  const second = splitChinese(tail[2], tail[4]), first = readChineseNumeral(num);
  if (!second || first === null) return null;
  const prefix = second.unit.slice(0, second.unit.length - tail[4].length); // 万 when the second bound's 万 went into the unit
  const value = prefix && num.endsWith(prefix) ? first / unitDict.prefixes[prefix] : first;
  return { whole, pct: undefined, num, many: undefined, unit: undefined, after: undefined, cnValue: value, tailAhead: tail };
}

/** Bounded look-ahead: no copying the rest of the text. */
const ahead = (s: string, at: number) => s.slice(at, at + 48);

/** A Chinese numeral's value in its unit as written, or null when it is no amount (a bare magnitude without its cue, a numeral that does not read). */
function chineseHead(s: string, start: number, whole: string, num: string, pct: string | undefined, unit: string | undefined): { value: number | null; unit: string | undefined } | null {
  if (pct) return { value: null, unit };
  // (a decimal counts as a magnitude does: "提高七点二个百分点")
  if (!(unit === "倍" || unit === "成") && !((CN_MAGNITUDE.test(num) || num.includes("点")) && unit)) return null;
  // a bare magnitude (百亿元, 万亿元) is an amount only after 近, 突破, 超 …
  // (and, but after 近, not before a noun: 产值超百亿元工业企业 names a class of firms)
  if (!CN_DIGIT_CHAR.test(num)) {
    const cue = BARE_AFTER.find((w) => s.endsWith(w, start));
    if (!cue) return null;
    const at = start + whole.length;
    if (cue !== "近" && HAN.test(s[at] ?? "") && !BARE_BEFORE_WORDS.some((w) => s.startsWith(w, at))) return null;
  }
  // a trailing 万/亿 belongs to the unit when that unit takes it (两万人 → 2 万人)
  const split = splitChinese(num, unit!);
  return split ? { value: split.value, unit: split.unit } : null;
}

/** The quantity a head starts at `start`: refused where the number is part of a name or a denominator; a range read on; its unit looked up. */
function quantityOf(s: string, a: number, start: number, h: Head): Quantity | null {
  const { whole, pct, num, many, after, cnValue } = h;
  let unit = h.unit;
  // (one-character tests by code unit: a regex call apiece on every number was a fifth of this function)
  const b0 = s.charCodeAt(start - 1);
  if (b0 === 0x7b2c || LATIN[b0] === 1 || b0 === 0x2e) return null; // 第, 5G, .5
  if (DIGIT[num.charCodeAt(0)] === 1 && DIGIT[b0] === 1) return null;
  let end = start + whole.length;
  if (LATIN[s.charCodeAt(end)] === 1 && !after) return null; // 5G, 4K
  if (unit && NOT_AFTER.test(ahead(s, end - (after?.length ?? 0)))) return null; // 4兆瓦级
  if (unit && !after && startsUnitWord(unit, s, end)) return null; // xx人民广场
  if (unit && BREAK_ONLY.has(unit) && !CLAUSE_BREAK.test(s[end] ?? "。")) return null; // 1类创新药: a class, no count
  if (b0 === 0x6bcf) return null; // 每10万人: a denominator
  if (parsed0Masked(num) && unit === "人" && /\p{Script=Han}/u.test(s[end] ?? "")) return null; // "xx人一定要": a masked place
  const parsed = cnValue !== null ? { value: cnValue, masked: false } : parseNumber(num);
  if (!parsed) return null;
  const value = parsed.value;
  if (pct) unit = pct === "千分之" ? "‰" : "%";
  let valueMax: number | null = null;
  let afterWord = after ?? (many ?? "");
  // a range continues: 6%-6.5%, 6至6.5%
  const tail = rangeTail(s, end);
  // a Chinese second bound in the unit as written: 八至十万人 → 8-10 万人
  const tailSplit = tail && tail[4] && CN_START[tail[2].charCodeAt(0)] === 1 ? splitChinese(tail[2], tail[4]) : null;
  const tailUnit = tailSplit ? tailSplit.unit : tail?.[4];
  // the second bound needs its own unit, unless 百分之 covers both (百分之八至九) or is written twice (百分之四至百分之五)
  if (tail && (tailUnit ? (!unit || unit === tailUnit || (pct && tail[1])) : (pct && (tail[1] === pct || (!tail[1] && !/^[年月日]/u.test(ahead(s, end + tail[0].length))))))) {
    const p2 = tailSplit ? { value: tailSplit.value, masked: false } : parseNumber(tail[2]);
    if (p2 && (p2.masked === parsed.masked) && (p2.value === null || value === null || p2.value >= value)) {
      valueMax = p2.value;
      unit = tailUnit ?? unit;
      afterWord = tail[5] ?? "";
      end += tail[0].length;
    }
  }
  // a share or multiple a little more than said (24%强), where its clause ends: not 23次强降水
  if (!afterWord && (unit === "%" || unit === "倍") && s[end] in RATIO_AFTER && !HAN.test(s[end + 1] ?? "")) afterWord = s[end++];
  if (!unit) return null; // "9到7元": a descending pair is no range, and the first number has no unit of its own
  if (valueMax !== null && valueMax === value) valueMax = null; // "提高6到6元": one value, written twice
  const info = unitInfoOf(unit);
  // a half after the unit, where the clause ends: "十三斤半," → 13.5 斤, "六倍半;" → 6.5 倍 (not 半年, 半数)
  const half = s.charCodeAt(end) === 0x534a && valueMax === null && !afterWord && value !== null && !HAN.test(s[end + 1] ?? "");
  if (half) end++;
  return {
    a: a + start,
    b: a + end,
    value: half ? value + 0.5 : value,
    valueMax,
    unit: info.unit,
    base: info.base,
    factor: info.factor,
    quantity: info.quantity,
    after: afterWord ? QUAL_AFTER[afterWord] ?? "" : "",
    afterText: afterWord,
    masked: parsed.masked,
    kind: "number",
  };
}

/** What each unit written after a number stands for, once read (the units are the few the number pattern allows). */
const unitInfos = new Map<string, UnitInfo>();

/** A unit's base, factor and quantity: a rate of the unit before its rate suffix (万元/人), a magnitude alone (1000万), else a ratio of its own. */
function unitInfoOf(unit: string): UnitInfo {
  const seen = unitInfos.get(unit);
  if (seen) return seen;
  const per = perSuffix(unit); // 万元/人: a rate of the unit
  const plain = per ? unit.slice(0, -per.length) : unit;
  const known = unitTable.get(plain) ?? BARE_UNITS.get(plain) ?? { unit: plain, base: plain, factor: 1, quantity: "ratio" };
  const info = per ? { ...known, unit, base: known.base + per, quantity: "rate" } : known;
  if (unitInfos.size < 4096) unitInfos.set(unit, info);
  return info;
}

/** 翻一番 (2), 翻两番 (4), 倍增 (2) as multiples, pushed onto `kept`. */
function multiplesIn(s: string, a: number, kept: Quantity[]): void {
  for (const m of matches(MULTIPLE, s)) {
    if (m[0] === "倍增") {
      const at = m.index!, end = at + 2;
      if (DOUBLING.not_after.some((w) => s.endsWith(w, at)) || DOUBLING.not_before.some((w) => s.startsWith(w, end))) continue;
    }
    const w = m[1] ?? "一";
    const times = { "一": 1, "1": 1, "两": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4 }[w] ?? 1;
    kept.push({
      a: a + m.index!, b: a + m.index! + m[0].length, value: m[0] === "倍增" ? 2 : 2 ** times, valueMax: null,
      unit: "倍", base: "倍", factor: 1, quantity: "multiple", after: "", afterText: "", masked: false, kind: "multiple",
    });
  }
}

/** Ranks (第5位, 首位, 全国第4, 前5位, 第1、第2位) pushed onto `kept`; whether a 前N位 was read. */
function ranksIn(s: string, a: number, kept: Quantity[]): boolean {
  let hasTop = false;
  for (const m of matches(RANK, s)) {
    const end = m.index! + m[0].length;
    if (m[5]) {
      // 前5位: a rank of at most 5 (the 5位 read as a count before is dropped below)
      const at = m.index! + m[0].lastIndexOf("前");
      const n = /^\d/.test(m[6]) ? Number(m[6]) : readChineseNumeral(m[6]);
      const masked = /^[xX]/.test(m[6]);
      if (n === null && !masked) continue;
      kept.push({
        a: a + at, b: a + end, value: n, valueMax: null, unit: m[7], base: "位", factor: 1,
        quantity: "rank", after: "max", afterText: "前", masked, kind: "rank",
      });
      hasTop = true;
      continue;
    }
    listedRanks(s, a, m, kept);
  }
  return hasTop;
}

/** A rank and the ranks listed after it (第1、第2位), each with the last one's unit; none when the last has no 位 or 名 and no clause break follows. */
function listedRanks(s: string, a: number, m: RegExpExecArray, kept: Quantity[]): void {
  const end = m.index! + m[0].length;
  const ranks: { at: number; end: number; num: string; unit: string }[] = [];
  const first = m[3] ? end - 2 : m.index! + m[0].lastIndexOf("第");
  ranks.push({ at: first, end, num: m[3] ? "一" : m[1], unit: m[3] ? m[4] : m[2] ?? "" });
  const next = () => RANK_MORE.exec(s.slice(ranks[ranks.length - 1].end, ranks[ranks.length - 1].end + 12));
  for (let more = next(); more; more = next()) {
    const at = ranks[ranks.length - 1].end + 1;
    ranks.push({ at, end: at + more[0].length - 1, num: more[1], unit: more[2] ?? "" });
  }
  // a rank needs its 位 or 名, or a clause break right after it (全国第4, 保持全国第一。): 第一梯队, 第二批 are names
  const last = ranks[ranks.length - 1];
  if (!last.unit && !RANK_BARE_END.test(s.slice(last.end, last.end + 1))) return;
  for (const r of ranks) {
    const masked = /^[xX]/.test(r.num);
    const n = masked ? null : /^\d/.test(r.num) ? Number(r.num) : readChineseNumeral(r.num);
    if (n === null && !masked) continue;
    kept.push({
      a: a + r.at, b: a + r.end, value: n, valueMax: null, unit: r.unit || last.unit, base: "位", factor: 1,
      quantity: "rank", after: "", afterText: "", masked, kind: "rank",
    });
  }
}

/**
 * Quantities without the counts inside a rank (the 5位 of 前5位 is the rank's, not a quantity of its own); one pass,
 * as spans come sorted by start (a rank starts at 前, before the count inside it).
 */
function withoutCountsInRanks(kept: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  let rankEnd = -1;
  for (const q of kept) {
    if (q.kind === "rank") rankEnd = Math.max(rankEnd, q.b);
    else if (q.kind === "number" && q.b <= rankEnd) continue;
    out.push(q);
  }
  return out;
}
