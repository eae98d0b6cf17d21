/**
 * Stage 1 of the pipeline: bytes → source text.
 *
 * Detects UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and
 * GB18030/GBK, strips the byte-order mark, and refuses empty, binary or
 * undecodable files with an {@link InputError} naming the file.
 *
 * NUL bytes are handled one way wherever they are: a file whose first 64 KB
 * are more than 5% control characters (NUL included) is binary and refused;
 * otherwise every NUL character is removed from the text, and the count is
 * given as a warning (offsets point into the text without them). UTF-16
 * without a byte-order mark is recognised by its NUL bytes falling on every
 * other byte (the high bytes of ASCII characters) and read as UTF-16, with a
 * warning; when it does not decode as UTF-16 it is refused as such, not as
 * binary. With `replaceUndecodable`, a file that is neither valid UTF-8 nor
 * GB18030 is read in whichever of the two gives fewer undecodable bytes,
 * each read as U+FFFD, with a warning naming the count.
 */
import { InputError } from "../text/errors.ts";

/** Encodings the reader recognises. */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/** The decoded text (BOM removed) and the encoding that was detected. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** what was done to read the file that its user should know (NULs removed, bytes replaced, no BOM) */
  warnings: string[];
}

/** How to decode. */
export interface DecodeOptions {
  /** read undecodable bytes as U+FFFD (with a warning) instead of refusing the file */
  replaceUndecodable?: boolean;
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, LF, FF and CR, and the replacement character, as a table by code unit. */
const SUSPECT = new Uint8Array(65536);
for (let c = 0; c < 32; c++) if (c !== 9 && c !== 10 && c !== 12 && c !== 13) SUSPECT[c] = 1;
SUSPECT[0xfffd] = 1;

/** The suspect units (those of SUSPECT) as a regex of a few ranges. */
const SUSPECT_G = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/g;

/**
 * How many of the first `n` units are suspect; the share is taken by the
 * caller. Counted by a regex search: irregexp scans for this small class
 * several times faster than a loop over a table runs (the first 64 K
 * characters of each file of data/raw: 1.7 against 11.8 ms).
 */
function suspectCount(text: string, n: number): number {
  const head = n < text.length ? text.slice(0, n) : text;
  SUSPECT_G.lastIndex = 0;
  let bad = 0;
  while (SUSPECT_G.test(head)) bad++;
  return bad;
}

function lenient(label: string, bytes: Uint8Array): { text: string; bad: number } {
  const text = new TextDecoder(label).decode(bytes);
  let bad = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) bad++;
  return { text, bad };
}

/** "utf-16le" / "utf-16be" when the NUL bytes of a probe of `length` bytes fall on every other byte (`even`, `odd`: NULs at even and odd offsets), as in UTF-16 text without a BOM. */
function utf16Parity(even: number, odd: number, length: number): "utf-16le" | "utf-16be" | null {
  const n = even + odd;
  if (n < 8 || n < 0.01 * length) return null; // ASCII (digits, line ends) is a few % of a report
  if (odd >= 0.75 * n) return "utf-16le"; // ASCII "A" is 41 00
  if (even >= 0.75 * n) return "utf-16be"; // (CJK characters like 一 U+4E00 put some NULs on the other side)
  return null;
}

/** Control bytes other than tab, LF, FF and CR, as a table by byte. */
const CONTROL_BYTE = SUSPECT.subarray(0, 256);

/** The control bytes of `probe[from, to)` (added to `c.control`), and its NULs at even and odd offsets. */
function countBytes(probe: Uint8Array, from: number, to: number, c: ProbeCounts): void {
  for (let i = from; i < to; i++) {
    const b = probe[i];
    c.control += CONTROL_BYTE[b];
    if (b === 0) {
      if (i & 1) c.odd++;
      else c.even++;
    }
  }
}

interface ProbeCounts {
  even: number;
  odd: number;
  control: number;
}

/**
 * The NULs (at even and odd offsets) and control bytes of `probe`, in one
 * pass, four bytes at a time: a word none of whose bytes is below 0x20 (no
 * NUL, no control byte, no line break) is skipped with one test, and only
 * the words holding such a byte are read byte by byte. Two byte loops over
 * the first 64 KB of every file (one for the NULs, one for control bytes)
 * were about 2% of a run on the bench corpus.
 */
function probeCounts(probe: Uint8Array): ProbeCounts {
  const c: ProbeCounts = { even: 0, odd: 0, control: 0 };
  const n = probe.length;
  const head = Math.min(n, (4 - (probe.byteOffset & 3)) & 3); // bytes before the first aligned word
  countBytes(probe, 0, head, c);
  const words = new Int32Array(probe.buffer, probe.byteOffset + head, (n - head) >>> 2);
  for (let w = 0; w < words.length; w++) {
    const x = words[w];
    // some byte of x is below 0x20 exactly when this is non-zero ("hasless" of Bit Twiddling Hacks)
    if (((x - 0x20202020) & ~x & 0x80808080) !== 0) countBytes(probe, head + 4 * w, head + 4 * w + 4, c);
  }
  countBytes(probe, head + 4 * words.length, n, c);
  return c;
}

/**
 * Decode a file's bytes, detecting the encoding.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const gbk = new Uint8Array([0xb5, 0xd8, 0xc7, 0xf8]); // "地区" in GB18030
 * assert.equal(decodeBytes(gbk, "x.txt").text, "地区");
 * assert.equal(decodeBytes(gbk, "x.txt").encoding, "gb18030");
 * const head = "全市地区生产总值增长6%左右,城镇新增就业110万人以上。";
 * const stray = new Uint8Array([...new TextEncoder().encode(head + "全市地区生产总值增长"), 0x80, ...new TextEncoder().encode("5%左右。")]);
 * assert.throws(() => decodeBytes(stray, "x.txt"));
 * const read = decodeBytes(stray, "x.txt", { replaceUndecodable: true });
 * assert.equal(read.text, head + "全市地区生产总值增长\ufffd5%左右。");
 * assert.match(read.warnings[0], /1 undecodable byte/);
 * ```
 */
export function decodeBytes(bytes: Uint8Array, file: string, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError(file, "the file is empty");
  const warnings: string[] = [];
  const d = withBom(bytes, opts, warnings) ?? withoutBom(bytes, file, opts, warnings);
  let text = d.text;
  if (text === null) {
    throw new InputError(file, "not UTF-8, GB18030 or UTF-16 (undecodable bytes; --replace-undecodable reads them as U+FFFD)");
  }
  const probed = Math.min(text.length, 65536);
  if (suspectCount(text, probed) > 0.05 * probed) {
    throw new InputError(file, "binary data (control characters), not a text file");
  }
  if (text.indexOf("\0") >= 0) {
    const parts = text.split("\0");
    text = parts.join("");
    const n = parts.length - 1;
    warnings.push(`${n} NUL character${n === 1 ? "" : "s"} removed`);
  }
  if (text.trim() === "") throw new InputError(file, "the file holds only white space");
  return { text, encoding: d.encoding, warnings };
}

/** `n undecodable byte sequence(s)`, for warnings and refusals. */
const undecodable = (n: number) => `${n} undecodable byte sequence${n === 1 ? "" : "s"}`;

/** Text read with undecodable bytes as U+FFFD when the user asked for it (with a warning), else null. */
function replaced(label: string, data: Uint8Array, opts: DecodeOptions, warnings: string[]): string | null {
  if (!opts.replaceUndecodable) return null;
  const r = lenient(label, data);
  warnings.push(`${undecodable(r.bad)} read as U+FFFD (replacement character)`);
  return r.text;
}

/** A file that opens with a byte-order mark (UTF-8, UTF-16 LE or BE), or null. */
function withBom(bytes: Uint8Array, opts: DecodeOptions, warnings: string[]): { text: string | null; encoding: Encoding } | null {
  const read = (label: string, from: number) => strict(label, bytes.subarray(from)) ?? replaced(label, bytes.subarray(from), opts, warnings);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: read("utf-8", 3), encoding: "utf-8-bom" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: read("utf-16le", 2), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: read("utf-16be", 2), encoding: "utf-16be" };
  return null;
}

/** A file without a byte-order mark: UTF-16 told by its NUL bytes, binary refused, then UTF-8, damaged UTF-8, GB18030. */
function withoutBom(bytes: Uint8Array, file: string, opts: DecodeOptions, warnings: string[]): { text: string | null; encoding: Encoding } {
  const probe = bytes.subarray(0, 65536);
  const counts = probeCounts(probe);
  const utf16 = utf16Parity(counts.even, counts.odd, probe.length);
  if (utf16) {
    const name = utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE";
    const text = strict(utf16, bytes);
    if (text === null) throw new InputError(file, `looks like ${name} without a byte-order mark (NUL in every other byte) but does not decode as UTF-16`);
    warnings.push(`no byte-order mark: read as ${name} (NUL in every other byte)`);
    return { text, encoding: utf16 };
  }
  if (counts.control > 0.05 * probe.length) throw new InputError(file, "binary data (control characters or NUL bytes), not a text file");
  const text = strict("utf-8", bytes);
  if (text !== null) return { text, encoding: "utf-8" };
  // UTF-8 with a few damaged bytes is damaged UTF-8, not GB18030 (which would take most of it, as nonsense)
  const u = lenient("utf-8", bytes);
  if (u.bad <= Math.max(2, bytes.length / 10000)) {
    if (!opts.replaceUndecodable) throw new InputError(file, `UTF-8 with ${undecodable(u.bad)} (--replace-undecodable reads them as U+FFFD)`);
    warnings.push(`${undecodable(u.bad)} read as U+FFFD (replacement character), as UTF-8`);
    return { text: u.text, encoding: "utf-8" };
  }
  const gb = strict("gb18030", bytes);
  if (gb !== null || !opts.replaceUndecodable) return { text: gb, encoding: "gb18030" };
  const g = lenient("gb18030", bytes);
  const best = g.bad < u.bad ? g : u;
  const encoding: Encoding = g.bad < u.bad ? "gb18030" : "utf-8";
  warnings.push(`${undecodable(best.bad)} read as U+FFFD (replacement character), as ${encoding === "utf-8" ? "UTF-8" : "GB18030"}`);
  return { text: best.text, encoding };
}
