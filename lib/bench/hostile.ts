/**
 * Hostile inputs for checking that no stage's running time blows up: long
 * runs of digits, of "x", of "、", of spaces, deeply repeated list markers,
 * and a report squeezed onto one line. Used by the tests (linear growth) and
 * the benchmark (seconds per megabyte).
 */

/**
 * Each hostile text, built to about `size` UTF-16 units.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const texts = hostileTexts(1000);
 * assert.ok(texts.target_list.startsWith("2025年某市政府工作报告\n"));
 * assert.ok(texts.target_list.includes("主要预期目标是:地区生产总值增长5%左右、"));
 * for (const t of Object.values(texts)) assert.ok(t.length >= 1000 && t.length < 1100);
 * ```
 */
export function hostileTexts(size: number, report = ""): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const head = "2025年某市政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n";
  return {
    digits: head + fill("1234567890"),
    x_runs: head + fill("x"),
    masked_units: head + fill("xx%、x.xx万元,"),
    enumeration_commas: head + fill("、"),
    spaces: head + fill(" "),
    ideographic_spaces: head + fill("\u3000"),
    list_markers: head + fill("一、(一)1.一是——"),
    percent_runs: head + fill("1%"),
    target_list: head + "主要预期目标是:" + fill("地区生产总值增长5%左右、"),
    dated_aims: head + fill("到2025年,地区生产总值突破1万亿元。"),
    quotes: head + fill("“六稳”"),
    braces: head + fill("}"),
    one_line_report: report ? head + fill(report.replace(/\s+/g, "")) : head + fill("地区生产总值增长8%左右,城镇新增就业110万人以上。"),
  };
}

/**
 * A text as UTF-16 bytes without a byte-order mark (`le`: little-endian).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { utf16 } from "./hostile.ts";
 * assert.deepEqual([...utf16("报告", true)], [0xa5, 0x62, 0x4a, 0x54]);
 * assert.equal(new TextDecoder("utf-16be").decode(utf16("政府工作报告", false)), "政府工作报告");
 * ```
 */
export function utf16(text: string, le: boolean): Uint8Array {
  const b = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    b[2 * i + (le ? 0 : 1)] = c & 0xff;
    b[2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return b;
}

/** Each character GB18030 writes in two bytes, built once from the decoder itself. */
let gbTable: Map<number, number> | undefined;
/**
 * A text as GB18030 bytes (ASCII as is, the two-byte characters from the
 * decoder's own table; the rare four-byte characters are left out, with
 * their count).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gb18030 } from "./hostile.ts";
 * const { bytes, dropped } = gb18030("2025年广东省政府工作报告");
 * assert.equal(new TextDecoder("gb18030").decode(bytes), "2025年广东省政府工作报告");
 * assert.equal(dropped, 0);
 * ```
 */
export function gb18030(text: string): { bytes: Uint8Array; dropped: number } {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder("gb18030");
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const s = dec.decode(new Uint8Array([lead, trail]));
        if (s.length === 1 && s !== "\ufffd" && !gbTable.has(s.charCodeAt(0))) gbTable.set(s.charCodeAt(0), (lead << 8) | trail);
      }
    }
  }
  const out = new Uint8Array(text.length * 2);
  let n = 0, dropped = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else {
      const g = gbTable.get(c);
      if (g === undefined) dropped++;
      else (out[n++] = g >> 8, out[n++] = g & 0xff);
    }
  }
  return { bytes: out.slice(0, n), dropped };
}

/**
 * The bad files of test/cases/hostile_inputs.json (its `make` names), each
 * built from a real report's bytes: used by test/robust.test.ts and, on a
 * report scaled to a size, by the benchmark.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { badInputs } from "./hostile.ts";
 * const report = new TextEncoder().encode("2025年广东省政府工作报告\n各位代表:\n" + "地区生产总值增长5%左右。".repeat(300));
 * const make = badInputs(report);
 * assert.equal(make.nul_early().filter((b) => b === 0).length, 3);
 * assert.equal(make.stray_byte().length, report.length + 1);
 * assert.equal(new TextDecoder("utf-16le").decode(make.utf16le_no_bom()), new TextDecoder().decode(report));
 * ```
 */
export function badInputs(report: Uint8Array): Record<string, () => Uint8Array> {
  const enc = new TextEncoder();
  const text = new TextDecoder().decode(report);
  return {
    copy: () => report,
    empty: () => new Uint8Array(),
    nul_early: () => enc.encode(text.slice(0, 40) + "\0\0" + text.slice(40, 90) + "\0" + text.slice(90)),
    nul_late: () => enc.encode(text.slice(0, text.length - 30) + "\0" + text.slice(text.length - 30)),
    nul_spread: () => enc.encode(text.replace(/(.{4000})/gs, "$1\0")), // one NUL every 4,000 characters
    stray_byte: () => new Uint8Array([...report.subarray(0, 3000), 0x80, ...report.subarray(3000)]),
    stray_bytes_spread: () => spreadByte(report, 0x80, 16_000), // one 0x80 byte every 16 KB, at a line end
    utf16le_no_bom: () => utf16(text, true),
    utf16be_no_bom: () => utf16(text, false),
    utf16le_no_bom_cut: () => {
      const b = utf16(text, true);
      b.set([0x00, 0xdc], 200); // a lone low surrogate
      return b;
    },
    gb18030: () => gb18030(text).bytes,
    long_target_sentence: () => enc.encode(text.slice(0, 400) + "\n主要预期目标是:" + "地区生产总值增长5%左右、".repeat(16_000) + "。\n"),
  };
}

/** `bytes` with `byte` put after the first line end past every `every` bytes (never inside a character). */
function spreadByte(bytes: Uint8Array, byte: number, every: number): Uint8Array {
  const parts: number[] = [];
  let last = 0;
  for (let at = every; at < bytes.length; at += every) {
    const nl = bytes.indexOf(10, at);
    if (nl < 0) break;
    parts.push(nl + 1);
    at = nl + 1;
  }
  const out = new Uint8Array(bytes.length + parts.length);
  let n = 0;
  for (const p of parts) {
    out.set(bytes.subarray(last, p), n);
    n += p - last;
    out[n++] = byte;
    last = p;
  }
  out.set(bytes.subarray(last), n);
  return out;
}

/**
 * A real report repeated, whole lines, until it holds about `bytes` bytes of UTF-8.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reportOfSize } from "./hostile.ts";
 * const r = reportOfSize("2025年某市政府工作报告\n地区生产总值增长5%左右。\n", 1000);
 * const n = new TextEncoder().encode(r).length;
 * assert.ok(n >= 1000 && n < 1100 && r.startsWith("2025年某市政府工作报告\n"));
 * ```
 */
export function reportOfSize(report: string, bytes: number): string {
  const lines = report.split("\n");
  const enc = new TextEncoder();
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i = (i + 1) % lines.length) {
    out.push(lines[i]);
    n += enc.encode(lines[i]).length + 1;
  }
  return out.join("\n") + "\n";
}
