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
