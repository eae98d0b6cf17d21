/**
 * Command line: `deno task extract <file-or-folder>... --out <dir>`.
 * Builds every table from the inputs and writes them as CSV into <dir>.
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { extractPaths } from "./extract.ts";
import { writeAtomically } from "./csv.ts";
import { csvFiles } from "./tables.ts";
import { reviewFileName, reviewPage } from "./review.ts";

const HELP = `Usage: deno task extract <file-or-folder>... --out <dir>

Reads Chinese government reports (.txt, .html; UTF-8, GB18030 or UTF-16) and
writes tidy tables as CSV into <dir>: documents.csv, sections.csv,
sentences.csv, indicators.csv, goals.csv, panel.csv. Folders are read recursively; each row's "source" is the
file's path relative to the folder given (the bare name for a file).

Options:
  --out <dir>   folder for the tables (created if missing). Required.
  --no-review   do not write the review pages (<dir>/review/*.html: each
                document's text with every indicator and goal highlighted).
  --lenient     report refused files but exit 0 (the default corpus holds
                one stub page, party-congress/cpc_congress_07.txt).
  --help        show this help.

Exit status: 0 when every file was read; 1 when any file was refused
(each refused file is named on stderr with the reason; --lenient makes
this 0); 2 on bad usage.

Example:
  deno task extract data/raw --out data/tables
`;

export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { out: { type: "string" }, help: { type: "boolean" }, lenient: { type: "boolean" }, "no-review": { type: "boolean" } },
      allowPositionals: true,
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.out || positionals.length === 0) {
    console.error(`Give at least one input and --out <dir>.\n\n${HELP}`);
    return 2;
  }
  const out = values.out;
  const t0 = performance.now();
  const result = await extractPaths(positionals, (f, done, total) => {
    if (done % 20 === 0 || done === total) console.error(`read ${done}/${total} files (${f.source})`);
  });
  await Deno.mkdir(out, { recursive: true });
  const { tables } = result;
  const files = csvFiles(tables).map((f) => ({ path: join(out, f.name), text: f.text }));
  if (!values["no-review"]) {
    await Deno.mkdir(join(out, "review"), { recursive: true });
    for (const d of result.documents) {
      const row = tables.documents.find((r) => r.doc_id === d.id)!;
      files.push({ path: join(out, "review", reviewFileName(d.id)), text: reviewPage(row, d.sourceText, tables.indicators, tables.goals) });
    }
  }
  await writeAtomically(files);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.error(
    `done in ${secs}s: ${result.files} files, ${tables.documents.length} documents, ` +
      `${tables.sections.length} sections, ${tables.sentences.length} sentences, ${tables.indicators.length} indicators, ${tables.goals.length} goals → ${out}`,
  );
  for (const r of result.refused) console.error(`refused "${r.path}": ${r.problem}`);
  return result.refused.length && !values.lenient ? 1 : 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
