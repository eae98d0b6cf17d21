/**
 * Command line: `deno task extract <file-or-folder>... --out <dir>`.
 * Builds every table from the inputs and writes them as CSV into <dir>.
 */
import { parseArgs } from "node:util";
import { join } from "node:path";
import { extractPaths } from "./extract.ts";
import { toCsv, writeAtomically } from "./csv.ts";
import { columns, DocumentRow, GoalRow, IndicatorRow, PanelRow, SectionRow, SentenceRow } from "./schema.ts";
import { panel } from "./panel.ts";

const HELP = `Usage: deno task extract <file-or-folder>... --out <dir>

Reads Chinese government reports (.txt, .html; UTF-8, GB18030 or UTF-16) and
writes tidy tables as CSV into <dir>: documents.csv, sections.csv,
sentences.csv, indicators.csv, goals.csv, panel.csv. Folders are read recursively; each row's "source" is the
file's path relative to the folder given (the bare name for a file).

Options:
  --out <dir>   folder for the tables (created if missing). Required.
  --help        show this help.

Exit status: 0 when every file was read; 1 when any file was refused
(each refused file is named on stderr with the reason); 2 on bad usage.

Example:
  deno task extract data/raw --out data/tables
`;

export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { out: { type: "string" }, help: { type: "boolean" } },
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
  await writeAtomically([
    { path: join(out, "documents.csv"), text: toCsv(tables.documents, columns(DocumentRow), DocumentRow, "documents.csv") },
    { path: join(out, "sections.csv"), text: toCsv(tables.sections, columns(SectionRow), SectionRow, "sections.csv") },
    { path: join(out, "sentences.csv"), text: toCsv(tables.sentences, columns(SentenceRow), SentenceRow, "sentences.csv") },
    { path: join(out, "indicators.csv"), text: toCsv(tables.indicators, columns(IndicatorRow), IndicatorRow, "indicators.csv") },
    { path: join(out, "goals.csv"), text: toCsv(tables.goals, columns(GoalRow), GoalRow, "goals.csv") },
    { path: join(out, "panel.csv"), text: toCsv(panel(tables) as unknown as Record<string, never>[], columns(PanelRow), PanelRow, "panel.csv") },
  ]);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.error(
    `done in ${secs}s: ${result.files} files, ${tables.documents.length} documents, ` +
      `${tables.sections.length} sections, ${tables.sentences.length} sentences, ${tables.indicators.length} indicators, ${tables.goals.length} goals → ${out}`,
  );
  for (const r of result.refused) console.error(`refused "${r.path}": ${r.problem}`);
  return result.refused.length ? 1 : 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
