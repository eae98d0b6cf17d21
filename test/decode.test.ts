import { assert, assertEquals } from "./assert.ts";
import { decodeBytes } from "../lib/stages/decode.ts";
import { InputError } from "../lib/text/errors.ts";

const fx = (name: string) => Deno.readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const text = (name: string) => Deno.readTextFileSync(new URL(`./fixtures/${name}`, import.meta.url));

Deno.test("decode: GB18030 report text is detected and read exactly", () => {
  const d = decodeBytes(fx("gb18030_广东.txt"), "gb18030_广东.txt");
  assertEquals(d.encoding, "gb18030");
  assertEquals(d.text, text("gb18030_广东.expected.txt"));
});

Deno.test("decode: UTF-16 LE/BE and UTF-8 with BOM lose the BOM", () => {
  const expected = text("utf16_北京.expected.txt");
  assertEquals(decodeBytes(fx("utf16le_北京.txt"), "a").encoding, "utf-16le");
  assertEquals(decodeBytes(fx("utf16le_北京.txt"), "a").text, expected);
  assertEquals(decodeBytes(fx("utf16be_北京.txt"), "a").text, expected);
  const bom = decodeBytes(fx("utf8bom_北京.txt"), "a");
  assertEquals(bom.encoding, "utf-8-bom");
  assertEquals(bom.text, expected);
});

for (const [file, problem] of [
  ["empty.txt", /empty/],
  ["binary.bin.txt", /binary/],
  ["damaged.txt", /not UTF-8, GB18030 or UTF-16/],
] as const) {
  Deno.test(`decode: ${file} is refused with the file named`, () => {
    assert.throws(
      () => decodeBytes(fx(file), `data/raw/${file}`),
      (e: unknown) => e instanceof InputError && e.message.includes(`"data/raw/${file}"`) && problem.test(e.message),
    );
  });
}

/** `bytes` copied to `offset` bytes into a larger buffer: the same bytes at another alignment. */
function at(bytes: Uint8Array, offset: number): Uint8Array {
  const buf = new Uint8Array(bytes.length + 8);
  buf.set(bytes, offset);
  return buf.subarray(offset, offset + bytes.length);
}

/** What decodeBytes makes of some bytes: the encoding, warnings and text length, or the problem. */
function outcome(bytes: Uint8Array): string {
  try {
    const d = decodeBytes(bytes, "x.txt");
    return `${d.encoding} ${d.text.length} ${d.warnings.join("; ")}`;
  } catch (e) {
    return (e as Error).message;
  }
}

Deno.test("decode: the byte probe (NULs by parity, control bytes at the 5% line) reads the same at every alignment", () => {
  const report = new TextEncoder().encode(Deno.readTextFileSync(new URL("../data/raw/provincial-2025/provincial_2025_广东省.txt", import.meta.url)));
  const controls = (k: number) => Uint8Array.from([...new Uint8Array(k).fill(1), ...report]);
  // UTF-16 without a byte-order mark: a line of the report, its ASCII giving NULs on one side
  const units = "全省地区生产总值增长5%左右,达到14.16万亿元。\n".repeat(3000);
  const le = new Uint8Array(units.length * 2), be = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    le[2 * i] = be[2 * i + 1] = c & 0xff;
    le[2 * i + 1] = be[2 * i] = c >> 8;
  }
  const cases: [Uint8Array, RegExp][] = [
    [report, /^utf-8 \d+ $/],
    [controls(3276), /binary data \(control characters\), not/], // 5% of the 64 KB byte probe: passes it (then refused by the text's own check: the report is under 64 K characters)
    [controls(3277), /binary data \(control characters or NUL bytes\)/],
    [le, /^utf-16le .*no byte-order mark: read as UTF-16 LE/],
    [be, /^utf-16be .*no byte-order mark: read as UTF-16 BE/],
    [report.subarray(0, 7), /^utf-8 /],
  ];
  for (const [bytes, want] of cases) {
    const first = outcome(bytes);
    assert(want.test(first), `${first} (${bytes.length} bytes)`);
    for (let offset = 1; offset < 4; offset++) assertEquals(outcome(at(bytes, offset)), first);
  }
});
