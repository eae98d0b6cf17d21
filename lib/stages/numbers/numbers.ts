/**
 * Numbers as people write them in these reports, with their units:
 * Arabic (7600, 737.6, 1,200), full-width (folded earlier), Chinese numerals
 * (一万二千, 两, 百分之五), mixed (1.2万亿元, 3万4000人), ranges (6%-6.5%,
 * 4.5%—5%, 6至6.5%), multipliers (翻一番, 翻两番, 倍增), approximate amounts
 * (120多万人, 400余项, 近百项) and masked digits (x, xx, x.xx, *, **, ****).
 *
 * Years (2021年), dates, ordinals (第十四届), names with digits (5号机组,
 * 地铁4号线, 5G) and product specs (4兆瓦级) are not quantities.
 */
import { charClass, matches } from "../../text/hot.ts";
import { units as unitDict } from "../../dictionary/dictionary.ts";

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

const CN_DIGIT: Record<string, number> = {
  "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
};
const CN_SMALL: Record<string, number> = { "十": 10, "百": 100, "千": 1000 };
const CN_BIG: Record<string, number> = { "万": 1e4, "亿": 1e8 };

/**
 * Value of a Chinese numeral, or null when it is not a well-formed one.
 *
 * @example
 * ```ts
 * chineseNumber("一万二千"); // 12000
 * chineseNumber("二〇三五"); // 2035
 * chineseNumber("十四五");   // null (a plan's name, not a number)
 * ```
 */
/**
 * Chinese digit characters as ASCII digits ("二〇三五" → "2035"); the caller
 * has checked that every character is a digit. A plain loop: `[...s].map().join()`
 * made arrays of changing kinds, and V8 recompiled its callers each time.
 */
function cnDigits(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += CN_DIGIT[s[i]];
  return out;
}

export function chineseNumber(s: string): number | null {
  if (!s) return null;
  // decimals: 九点四 → 9.4
  const dot = s.indexOf("点");
  if (dot > 0) {
    const whole = chineseNumber(s.slice(0, dot));
    const frac = s.slice(dot + 1);
    if (whole === null || !/^[〇零一二三四五六七八九]+$/u.test(frac)) return null;
    return Number(`${whole}.${cnDigits(frac)}`);
  }
  // digit strings: 二〇三五
  if (/^[零〇一二三四五六七八九]{2,}$/u.test(s)) {
    return Number(cnDigits(s));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of s) {
    if (c in CN_DIGIT) {
      if (digit !== null && CN_DIGIT[c] !== 0) return null; // 十四五: two digits in a row
      digit = CN_DIGIT[c];
    } else if (c in CN_SMALL) {
      const u = CN_SMALL[c];
      if (u >= lastUnit) return null;
      section += (digit ?? 1) * u;
      digit = null;
      lastUnit = u;
    } else if (c in CN_BIG) {
      section += digit ?? 0;
      if (section === 0) section = 1;
      total = (total + section) * CN_BIG[c];
      section = 0;
      digit = null;
      lastUnit = Infinity;
    } else return null;
  }
  return total + section + (digit ?? 0);
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
const CN = "[零〇一二两三四五六七八九十百千万亿]{1,16}(?:点[〇零一二三四五六七八九]{1,8})?";
const MASK = String.raw`[xX]{1,8}(?:\.[xX]{1,8})?|\*{1,8}(?:\.\*{1,8})?`;
const NUM = `(?:${AR}|${MASK}|${CN})`;
const AFTER = "左右|上下|以上|以下|以内|之内|多";
const PER = unitDict.per.map(esc).join("|");
const CN_START = charClass(/[零〇一二两三四五六七八九十百千万亿]/u);
const PER_END = new RegExp(`(${PER})$`, "u");
const SINGLE = new RegExp(`(百分之)?(${NUM})(多|余)?((?:${UNIT})(?:${PER})?)?(${AFTER})?`, "gu");
const RANGE_TAIL = new RegExp(`^\\s?[-—–~至到]{1,2}\\s?(百分之)?(${NUM})(多|余)?(${UNIT})?(${AFTER})?`, "u");
const MULTIPLE = /翻(一|两|三|四|1|2|3|4)?番|倍增/gu;
const RANK = new RegExp(`(居|列|位居|位列|排名|排在|排|跃居|升至|保持)([^,;。第]{0,8})第(\\d+|[一二三四五六七八九十]+)(位|名)`, "gu");
const UNIT_WORD = new Set(unitDict.unit_words);
const NOT_AFTER = new RegExp(`^(${unitDict.not_after.map(esc).join("|")})`, "u");
const QUAL_AFTER: Record<string, Quantity["after"]> = {
  "左右": "approx", "上下": "approx", "以上": "min", "多": "min", "余": "min",
  "以下": "max", "以内": "max", "之内": "max",
};

function parsed0Masked(num: string): boolean {
  return /^[xX*]/.test(num);
}

function parseNumber(s: string): { value: number | null; masked: boolean } | null {
  if (/^[xX*]/.test(s)) return { value: null, masked: true };
  if (/^\d/.test(s)) {
    const w = /^(\d+(?:\.\d+)?)万(\d+)$/.exec(s);
    if (w) return { value: Number(w[1]) * 1e4 + Number(w[2]), masked: false };
    return { value: Number(s.replace(/,/g, "")), masked: false };
  }
  const v = chineseNumber(s);
  return v === null ? null : { value: v, masked: false };
}


/**
 * Every quantity in `text[a, b)`, in order.
 *
 * @example
 * ```ts
 * findQuantities("地区生产总值7600亿元、增长8%左右", 0, 19)
 * // [{value: 7600, unit: "亿元"}, {value: 8, unit: "%", after: "approx"}]
 * ```
 */
export function findQuantities(text: string, a: number, b: number): Quantity[] {
  const out: Quantity[] = [];
  const s = text.slice(a, b);
  SINGLE.lastIndex = 0;
  let skipUntil = -1; // the second half of a range already read
  // an exec loop (SINGLE never matches empty text): no iterator on the hottest loop of the stage
  for (let m = SINGLE.exec(s); m; m = SINGLE.exec(s)) {
    const start = m.index!;
    if (start < skipUntil) continue;
    let [whole, pct, num, many, unit, after] = m as unknown as (string | undefined)[];
    num = num!;
    // Chinese numerals: only with a magnitude character, or 两/几 before 倍, or 百分之
    const isCn = CN_START[num.charCodeAt(0)] === 1;
    if (isCn && !pct && !unit) continue; // 一是, 统一, 十四五: most matches end here
    const before = s[start - 1] ?? "";
    if (isCn) {
      // a trailing 万/亿 belongs to the unit when that unit takes it (两万人 → 2 万人)
      const big = /(万亿|万|亿)$/u.exec(num);
      if (big && unit && unitTable.has(big[1] + unit) && num.length > big[1].length) {
        num = num.slice(0, -big[1].length);
        unit = big[1] + unit;
      }
      const hasMagnitude = /[十百千万亿]/u.test(num);
      if (!pct && !(unit === "倍") && !(hasMagnitude && unit)) continue;
      if (/^[十百千万亿]$/u.test(num) && before !== "近" && !pct) continue;
    }
    const ahead = (at: number) => s.slice(at, at + 48); // bounded look-ahead: no copying the rest of the text
    const tailAhead = !unit && !pct && !after && !many ? RANGE_TAIL.exec(ahead(start + whole!.length)) : null;
    if (tailAhead && !tailAhead[4]) continue; // "6至8" without a unit is no quantity
    if (!pct && !unit && !tailAhead) continue;
    if (before === "第" || /[A-Za-z.]/.test(before)) continue;
    if (/^\d/.test(num) && /\d$/.test(before)) continue;
    let end = start + whole!.length;
    const next = s[end] ?? "";
    if (/[A-Za-z]/.test(next) && !after) continue; // 5G, 4K
    if (unit && NOT_AFTER.test(ahead(end - (after?.length ?? 0)))) continue; // 4兆瓦级
    if (unit && !after && UNIT_WORD.has(unit.slice(-1) + (s[end] ?? ""))) continue; // xx人民广场
    if (before === "每") continue; // 每10万人: a denominator
    if (parsed0Masked(num) && unit === "人" && /\p{Script=Han}/u.test(s[end] ?? "")) continue; // "xx人一定要": a masked place
    const parsed = parseNumber(num);
    if (!parsed) continue;
    const value = parsed.value;
    if (pct) unit = "%";
    let valueMax: number | null = null;
    let afterWord = after ?? (many ?? "");
    // a range continues: 6%-6.5%, 6至6.5%
    const tail = RANGE_TAIL.exec(ahead(end));
    // the second bound needs its own unit, unless 百分之 covers both (百分之八至九)
    if (tail && (tail[4] ? (!unit || unit === tail[4] || (pct && tail[1])) : (pct && !tail[1] && !/^[年月日]/u.test(ahead(end + tail[0].length))))) {
      const p2 = parseNumber(tail[2]);
      if (p2 && (p2.masked === parsed.masked) && (p2.value === null || value === null || p2.value >= value)) {
        valueMax = p2.value;
        unit = tail[4] ?? unit;
        afterWord = tail[5] ?? "";
        end += tail[0].length;
      }
    }
    if (!unit) continue; // "9到7元": a descending pair is no range, and the first number has no unit of its own
    if (valueMax !== null && valueMax === value) valueMax = null; // "提高6到6元": one value, written twice
    const per = unit ? PER_END.exec(unit) : null; // 万元/人: a rate of the unit
    const plain = per ? unit!.slice(0, -per[1].length) : unit!;
    const known = unitTable.get(plain) ?? { unit: plain, base: plain, factor: 1, quantity: "ratio" };
    const info = per ? { ...known, unit: unit!, base: known.base + per[1], quantity: "rate" } : known;
    out.push({
      a: a + start,
      b: a + end,
      value,
      valueMax,
      unit: info.unit,
      base: info.base,
      factor: info.factor,
      quantity: info.quantity,
      after: afterWord ? QUAL_AFTER[afterWord] ?? "" : "",
      afterText: afterWord,
      masked: parsed.masked,
      kind: "number",
    });
    if (tail && end > start + whole!.length) skipUntil = end;
  }
  const kept = out;
  if (s.includes("番") || s.includes("倍增")) for (const m of matches(MULTIPLE, s)) {
    const w = m[1] ?? "一";
    const times = { "一": 1, "1": 1, "两": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4 }[w] ?? 1;
    kept.push({
      a: a + m.index!, b: a + m.index! + m[0].length, value: m[0] === "倍增" ? 2 : 2 ** times, valueMax: null,
      unit: "倍", base: "倍", factor: 1, quantity: "multiple", after: "", afterText: "", masked: false, kind: "multiple",
    });
  }
  if (s.includes("第")) for (const m of matches(RANK, s)) {
    const at = m.index! + m[0].indexOf("第");
    const n = /^\d/.test(m[3]) ? Number(m[3]) : chineseNumber(m[3]);
    if (n === null) continue;
    kept.push({
      a: a + at, b: a + m.index! + m[0].length, value: n, valueMax: null, unit: m[4], base: "位", factor: 1,
      quantity: "rank", after: "", afterText: "", masked: false, kind: "rank",
    });
  }
  return kept.sort((x, y) => x.a - y.a);
}
