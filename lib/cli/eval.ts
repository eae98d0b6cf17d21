/**
 * `deno task eval [--gold <dir>] [--summary]`: build the tables from
 * data/raw and score them against the gold annotations (default
 * data/gold, a copy of ../shared/gold), printing each miss and false positive with its text.
 */
import { parseArgs } from "node:util";
import { extractPaths } from "../run/extract.ts";
import { readGold, report, score } from "../analysis/evaluate.ts";

const root = new URL("../../", import.meta.url).pathname;
const { values } = parseArgs({
  args: Deno.args,
  options: { gold: { type: "string" }, raw: { type: "string" }, summary: { type: "boolean" } },
});
const raw = values.raw ?? `${root}data/raw`;
const goldDir = values.gold ?? `${root}data/gold`;
const gold = readGold(goldDir);
if (!gold.indicators.length && !gold.documents.length) {
  console.error(`No gold annotations in "${goldDir}" (give --gold <dir>).`);
  Deno.exit(2);
}
const { tables } = await extractPaths([raw]);
const s = score(tables, gold, (src) => Deno.readTextFileSync(`${raw}/${src}`));
console.log(report(s, !values.summary));
