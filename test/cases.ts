/** Running a case of test/cases/*.json: its text under a heading that sets the section's role. */
import { baseRows, readText, type Tables } from "../lib/run/pipeline.ts";

const HEADINGS: Record<string, (y: number) => string> = {
  review: (y) => `一、${y - 1}年主要工作`,
  plan: (y) => `二、${y}年重点工作安排`,
};

/** The tables of a case's text, read as a government work report of `year`, and the full text read. */
export function runCase(c: { section: string; year: number; text: string }): { text: string; tables: Tables } {
  const text = `${HEADINGS[c.section](c.year)}\n${c.text}\n`;
  const docs = readText("case.txt", text, "utf-8", { facts: { year: c.year, kind: "government_work_report" }, minChars: 1 });
  return { text, tables: baseRows(docs) };
}
