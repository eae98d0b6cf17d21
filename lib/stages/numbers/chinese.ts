/**
 * Chinese numerals, read in one pass from left to right.
 *
 * The forms the reports use (case table: ./cases/chinese_numerals.json):
 * - structured numerals with 十百千 inside sections of 万 and 亿: 一百一十四,
 *   二千零十七万, 六百零三亿五千万, 一百零一万一千; 零 (or 〇) only marks a gap
 *   and a bare 十 after it is 十 (零十七 = 17);
 * - a dropped last unit: the digit after the last unit is one unit lower
 *   (一万三 = 13000, 四百五 = 450, 三千二 = 3200, 二亿五 = 250000000),
 *   unless a 零 came before it (一万零三 = 10003);
 * - bare magnitudes: 十, 万, 亿, 万亿 (= 万 × 亿 = 1e12, 突破万亿元); 万万 is 亿
 *   (六万万人); a bare 十 after 百 or 千 is 一十 (一百十八 = 118);
 *   万 before 亿 multiplies the whole 亿 group (三万亿 = 3e12, 一万二千亿);
 * - digit by digit (years and codes): 二〇三五, 一九八○ (○ U+25CB as zero),
 *   二0一一 (an ASCII zero among Chinese digits, cpc_congress_18);
 * - decimals: 九点四, 零点五, 一点三万亿 (a magnitude after the decimals).
 *
 * Anything else (十四五: two digits after a unit; 百千: units rising) is not a
 * numeral and gives null. The reader is pure and allocation-free on the
 * structured path: it runs on every Chinese numeral the quantity finder meets.
 */

/** digit values by UTF-16 code; -1: not a digit */
const DIGIT = new Int8Array(65536).fill(-1);
for (const [c, v] of Object.entries({ "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9 })) {
  DIGIT[c.charCodeAt(0)] = v;
}
const TEN = "十".charCodeAt(0), HUNDRED = "百".charCodeAt(0), THOUSAND = "千".charCodeAt(0);
const WAN = "万".charCodeAt(0), YI = "亿".charCodeAt(0);

/** digit values for digit-by-digit strings: the Chinese digits and, inside them, ASCII ones (二0一一) */
const POSITIONAL = Int8Array.from(DIGIT);
for (let d = 0; d <= 9; d++) POSITIONAL[48 + d] = d;

/** Whether every unit of `s` in `[a, b)` is a digit character (ASCII digits allowed beside Chinese ones). */
function allDigits(s: string, a: number, b: number): boolean {
  let chinese = false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (POSITIONAL[c] < 0) return false;
    if (DIGIT[c] >= 0) chinese = true;
  }
  return chinese;
}

/** `s[a, b)` read digit by digit as a decimal string ("二〇三五" → "2035"). */
function digitString(s: string, a: number, b: number): string {
  let out = "";
  for (let i = a; i < b; i++) out += POSITIONAL[s.charCodeAt(i)];
  return out;
}

/** Where a structured numeral's reading stands: completed groups, the pending digit, the last unit. */
interface Reading {
  total: number; // completed 亿 groups
  wan: number; // the completed 万 part of the current 亿 group
  sec: number; // the part below 万
  digit: number; // a digit not yet given a unit
  zero: boolean; // a 零 since the last unit
  lastSmall: number; // the last of 十百千 in this section (units must fall)
  lastUnit: number; // the value of the last unit character, for a dropped last unit
  hasWan: boolean;
}

/** A structured numeral `s[a, b)` (no 点), or null. */
function structured(s: string, a: number, b: number): number | null {
  const r: Reading = { total: 0, wan: 0, sec: 0, digit: -1, zero: false, lastSmall: 10000, lastUnit: 0, hasWan: false };
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    const d = DIGIT[c];
    let ok: boolean;
    if (d > 0) ok = r.digit < 0 && (r.digit = d) > 0; // 十四五: two digits in a row
    else if (d === 0) ok = r.digit < 0 && (r.zero = true); // 一零 inside a structured numeral
    else if (c === TEN || c === HUNDRED || c === THOUSAND) ok = smallUnit(r, c === TEN ? 10 : c === HUNDRED ? 100 : 1000);
    else if (c === WAN && s.charCodeAt(i + 1) !== WAN) ok = wanUnit(r);
    else if (c === YI || c === WAN) {
      if (c === WAN) i++; // 万万 is 亿 (六万万人, the 1950s)
      ok = yiUnit(r);
    } else ok = false;
    if (!ok) return null;
  }
  let tail = 0;
  if (r.digit >= 0) tail = !r.zero && r.lastUnit >= 100 ? r.digit * (r.lastUnit / 10) : r.digit; // 一万三, 四百五
  else if (r.zero) return null; // 一百零: a gap before nothing
  return r.total + r.wan + r.sec + tail;
}

/** 十, 百 or 千 (`u`): its digit times it joins the section; false where the unit cannot stand. */
function smallUnit(r: Reading, u: number): boolean {
  if (u >= r.lastSmall) return false; // 百千, 十十
  // 一千百: a unit without its digit; but a bare 十 after 百 or 千 is 一十 (一百十八 = 118, old style)
  if (r.digit < 0 && r.sec !== 0 && !r.zero && u !== 10) return false;
  r.sec += (r.digit < 0 ? 1 : r.digit) * u;
  r.digit = -1;
  r.zero = false;
  r.lastSmall = u;
  r.lastUnit = u;
  return true;
}

/** 万: the section so far becomes the 万 part of the group; false where it cannot stand. */
function wanUnit(r: Reading): boolean {
  if (r.hasWan) return false; // 万 twice in one 亿 group
  let n = r.sec + (r.digit < 0 ? 0 : r.digit);
  if (n === 0) {
    if (r.total !== 0 || r.zero) return false;
    n = 1; // a bare 万
  }
  r.wan = n * 1e4;
  r.hasWan = true;
  return closeGroup(r, 1e4);
}

/** 亿 (or 万万): everything so far becomes the 亿 group; false where it cannot stand. */
function yiUnit(r: Reading): boolean {
  let n = r.wan + r.sec + (r.digit < 0 ? 0 : r.digit);
  if (n === 0) {
    if (r.total !== 0 || r.zero) return false;
    n = 1; // a bare 亿
  }
  if (r.total !== 0) return false; // 亿 twice
  r.total = n * 1e8;
  r.wan = 0;
  r.hasWan = false;
  return closeGroup(r, 1e8);
}

/** After 万 or 亿 (`unit`): a new section below it starts, with no digit, no 零 and no smaller unit yet. */
function closeGroup(r: Reading, unit: number): true {
  r.sec = 0;
  r.digit = -1;
  r.zero = false;
  r.lastSmall = 10000;
  r.lastUnit = unit;
  return true;
}

/**
 * The value of a Chinese numeral, or null when `s` is not one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(readChineseNumeral("二千零十七万"), 20170000);
 * assert.equal(readChineseNumeral("一万三"), 13000);
 * assert.equal(readChineseNumeral("万亿"), 1e12);
 * assert.equal(readChineseNumeral("二〇三五"), 2035);
 * assert.equal(readChineseNumeral("十四五"), null); // a plan's name
 * ```
 */
export function readChineseNumeral(s: string): number | null {
  const n = s.length;
  if (n === 0) return null;
  const dot = s.indexOf("点");
  if (dot >= 0) {
    if (dot === 0 || s.indexOf("点", dot + 1) >= 0) return null;
    const whole = readChineseNumeral(s.slice(0, dot));
    if (whole === null) return null;
    // the decimals, then perhaps a magnitude: 一点三万亿
    let k = dot + 1;
    while (k < n && DIGIT[s.charCodeAt(k)] >= 0) k++;
    if (k === dot + 1) return null;
    let exp = 0;
    for (let i = k; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === WAN) exp += 4;
      else if (c === YI) exp += 8;
      else return null;
    }
    return Number(`${whole}.${digitString(s, dot + 1, k)}e${exp}`);
  }
  if (allDigits(s, 0, n)) return n === 1 ? DIGIT[s.charCodeAt(0)] : Number(digitString(s, 0, n));
  return structured(s, 0, n);
}
