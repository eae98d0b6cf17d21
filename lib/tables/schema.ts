/**
 * The row schemas of every table, re-exported from their own files
 * (documents.ts … terms.ts) for code written against this module; new code
 * imports the table's own file.
 */
export { columns, type RowRule } from "./columns.ts";
export * from "./documents.ts";
export * from "./sections.ts";
export * from "./sentences.ts";
export * from "./indicators.ts";
export * from "./goals.ts";
export * from "./panel.ts";
export * from "./terms.ts";
