/**
 * A worker of `extract --jobs N`: processes the files it is sent, one at a
 * time, and posts back each file's rows (see extract.ts). With `stream`,
 * the CSV pieces and review pages are posted as they are made
 * (StreamedPiece), so a big file's output is never held whole here.
 */
import { type CsvSink, readAndProcess, type StreamedPiece } from "./extract.ts";
import type { InputFile } from "../io/files.ts";
import type { DecodeOptions } from "../stages/decode.ts";

// deno-lint-ignore no-explicit-any
const scope = self as any;

/** A sink that posts what it is given to the main thread, the bytes handed over, not copied. */
function poster(index: number, pages: boolean): CsvSink {
  const post = (p: Omit<StreamedPiece, "index">) => scope.postMessage({ index, ...p }, p.bytes ? [p.bytes.buffer] : []);
  return {
    write: (name, bytes) => post({ piece: "csv", name, bytes: bytes.byteOffset || bytes.byteLength !== bytes.buffer.byteLength ? bytes.slice() : bytes }),
    mark: () => {}, // the main thread marks and rolls back (extract.ts inWorkers)
    rollback: () => {},
    page: pages
      ? (docId, name) => {
        post({ piece: "open", docId, name });
        return { name, write: (bytes) => post({ piece: "page", bytes: bytes.slice() }), close: () => post({ piece: "close" }) };
      }
      : undefined,
  };
}

scope.onmessage = (
  e: MessageEvent<{ index: number; file: InputFile; review: boolean; csv?: { excel?: boolean }; decode?: DecodeOptions; stream?: { pages: boolean } }>,
) => {
  const { index, file, review, csv, decode, stream } = e.data;
  const r = readAndProcess(file, index, review, csv, decode, csv && stream ? poster(index, stream.pages) : undefined);
  // hand the CSV and review-page bytes over instead of copying them
  const pieces = [...Object.values(r.csv ?? {}).flat(), ...(r.reviews ?? []).flatMap((p) => p.html ?? [])];
  const buffers = pieces.map((b) => b.buffer).filter((b) => b.byteLength > 0);
  scope.postMessage(r, [...new Set(buffers)]);
};
