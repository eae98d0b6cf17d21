/**
 * Parquet output with typed columns (whole-number columns — offsets, years,
 * counts — as int32, other numbers as float64, booleans, strings),
 * so pandas, DuckDB and R read the tables with their types. Rows go through
 * arquero to Arrow (flechette), then parquet-wasm writes zstd-compressed
 * Parquet.
 */
import * as aq from "arquero";
import { bool, float64, int32, tableFromIPC, tableToIPC, utf8 } from "@uwdata/flechette";
import init, * as pq from "parquet-wasm/esm";

let ready: Promise<unknown> | null = null;
function wasm() {
  ready ??= Deno.readFile(new URL(import.meta.resolve("parquet-wasm/esm/parquet_wasm_bg.wasm"))).then((b) => init({ module_or_path: b }));
  return ready;
}

/** Column types for Arrow: "integer" | "number" | "boolean" | "string" per column (see columnTypes in lib/tables/tables.ts). */
export type ColumnKinds = Record<string, "integer" | "number" | "boolean" | "string">;

/**
 * Rows → Parquet bytes, with the given column order and types.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const bytes = await toParquet([{ region: "广东省", year: 2025, target: 5 }], { region: "string", year: "integer", target: "number" });
 * assert.deepEqual((await fromParquet(bytes)).objects(), [{ region: "广东省", year: 2025, target: 5 }]);
 * ```
 */
export async function toParquet(rows: Record<string, unknown>[], kinds: ColumnKinds): Promise<Uint8Array> {
  await wasm();
  const cols: Record<string, unknown[]> = {};
  for (const [c, k] of Object.entries(kinds)) {
    cols[c] = rows.map((r) => {
      const v = r[c];
      if (v === null || v === undefined || v === "") return k === "string" ? (v ?? "") : null;
      return k === "number" || k === "integer" ? Number(v) : k === "boolean" ? v === true || v === "true" : String(v);
    });
  }
  const types = Object.fromEntries(Object.entries(kinds).map(([c, k]) => [c, k === "integer" ? int32() : k === "number" ? float64() : k === "boolean" ? bool() : utf8()]));
  // deno-lint-ignore no-explicit-any
  const arrow = aq.table(cols).toArrow({ types } as any);
  const ipc = tableToIPC(arrow, { format: "stream" })!;
  const table = pq.Table.fromIPCStream(ipc);
  const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.ZSTD).build();
  return pq.writeParquet(table, props);
}

/**
 * Parquet bytes → an arquero table (for checks and notebooks).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const bytes = await toParquet([{ metric: "城镇新增就业", value: 70 }, { metric: "城镇调查失业率", value: 5.5 }], { metric: "string", value: "number" });
 * const t = await fromParquet(bytes);
 * assert.equal(t.numRows(), 2);
 * assert.deepEqual(t.array("metric"), ["城镇新增就业", "城镇调查失业率"]);
 * ```
 */
export async function fromParquet(bytes: Uint8Array): Promise<aq.ColumnTable> {
  await wasm();
  const t = pq.readParquet(bytes);
  const ipc = t.intoIPCStream();
  // deno-lint-ignore no-explicit-any
  return aq.fromArrow(tableFromIPC(ipc) as any);
}
