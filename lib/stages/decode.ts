/**
 * Stage 1 of the pipeline: bytes → source text.
 *
 * Detects UTF-8 (with or without BOM), UTF-16 LE/BE with BOM and
 * GB18030/GBK, strips the byte-order mark, and refuses empty, binary or
 * undecodable files with an {@link InputError} naming the file.
 */
import { InputError } from "../text/errors.ts";

/** Encodings the reader recognises. */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/** The decoded text (BOM removed) and the encoding that was detected. */
export interface Decoded {
  text: string;
  encoding: Encoding;
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

/**
 * How many of the first `n` units are suspect. A sum over a table, and the
 * share is taken by the caller: V8 optimises this loop while it runs, and
 * any operation after it that had not yet run (a branch, a division) threw
 * the optimised code away again on every file.
 */
function suspectCount(text: string, n: number): number {
  let bad = 0;
  for (let i = 0; i < n; i++) bad += SUSPECT[text.charCodeAt(i)];
  return bad;
}

/**
 * Decode a file's bytes, detecting the encoding.
 *
 * @example
 * ```ts
 * const gbk = new Uint8Array([0xb5, 0xd8, 0xc7, 0xf8]); // "地区" in GB18030
 * decodeBytes(gbk, "x.txt"); // { text: "地区", encoding: "gb18030" }
 * ```
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError(file, "the file is empty");
  let text: string | null = null;
  let encoding: Encoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = strict("utf-8", bytes.subarray(3));
    encoding = "utf-8-bom";
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = strict("utf-16le", bytes.subarray(2));
    encoding = "utf-16le";
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = strict("utf-16be", bytes.subarray(2));
    encoding = "utf-16be";
  } else {
    // NUL bytes never occur in UTF-8 or GB18030 text: a binary file.
    const probe = bytes.subarray(0, 65536);
    if (probe.includes(0)) {
      throw new InputError(file, "binary data (NUL bytes), not a text file");
    }
    text = strict("utf-8", bytes);
    encoding = "utf-8";
    if (text === null) {
      text = strict("gb18030", bytes);
      encoding = "gb18030";
    }
  }
  if (text === null) {
    throw new InputError(file, "not UTF-8, GB18030 or UTF-16 (undecodable bytes)");
  }
  const probed = Math.min(text.length, 65536);
  if (suspectCount(text, probed) > 0.05 * probed) {
    throw new InputError(file, "binary data (control characters), not a text file");
  }
  if (text.trim() === "") throw new InputError(file, "the file holds only white space");
  return { text, encoding };
}
