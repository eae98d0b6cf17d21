/** The document every stage after the outline reads: shared by the stages, made by the pipeline (lib/run/pipeline.ts). */
import type { Encoding } from "./decode.ts";
import type { MappedText } from "../text/mapped.ts";
import type { Facts } from "./facts.ts";
import type { Section, Sentence } from "./outline.ts";

/** One document with everything later stages need. */
export interface Document {
  id: string;
  source: string;
  /** The decoded source text the offsets point into. */
  sourceText: string;
  /** Cleaned text of the whole source, with its map into sourceText. */
  clean: MappedText;
  /** This document's range in `clean.text`. */
  a: number;
  b: number;
  facts: Facts;
  sections: Section[];
  sentences: (Sentence & { section: number })[];
  noiseChars: number;
  encoding: Encoding;
}
