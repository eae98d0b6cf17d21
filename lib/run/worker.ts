/**
 * A worker of `extract --jobs N`: processes the files it is sent, one at a
 * time, and posts back each file's rows (see extract.ts).
 */
import { readAndProcess } from "./extract.ts";
import type { InputFile } from "../io/files.ts";
import type { DecodeOptions } from "../stages/decode.ts";

// deno-lint-ignore no-explicit-any
const scope = self as any;
scope.onmessage = (e: MessageEvent<{ index: number; file: InputFile; review: boolean; csv?: { excel?: boolean }; decode?: DecodeOptions }>) => {
  const { index, file, review, csv, decode } = e.data;
  const r = readAndProcess(file, index, review, csv, decode);
  // hand the CSV and review-page bytes over instead of copying them
  const pieces = [...Object.values(r.csv ?? {}).flat(), ...(r.reviews ?? []).flatMap((p) => p.html ?? [])];
  const buffers = pieces.map((b) => b.buffer).filter((b) => b.byteLength > 0);
  scope.postMessage(r, [...new Set(buffers)]);
};
