/**
 * A text sink: strings put into it are encoded as UTF-8 and handed on in
 * chunks of about `chunk` UTF-16 units, so a page of hundreds of megabytes
 * is never one string (nor one byte array) in memory. A high surrogate at
 * the end of a chunk waits for the next one, so a character cut between two
 * pieces is encoded as it would be in one string: the bytes are identical to
 * `new TextEncoder().encode(pieces.join(""))`.
 */

const encoder = new TextEncoder();

/**
 * Strings in, UTF-8 chunks out (to `write`, in order).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { TextSink } from "./sink.ts";
 * const parts: Uint8Array[] = [];
 * const sink = new TextSink((b) => parts.push(b.slice()), 4);
 * for (const s of ["地区生产总值", "增长5%左右", "\ud840", "\udc00。"]) sink.put(s);
 * sink.close();
 * assert.ok(parts.length > 1);
 * const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
 * parts.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
 * assert.deepEqual(joined, new TextEncoder().encode("地区生产总值增长5%左右\ud840\udc00。"));
 * ```
 */
export class TextSink {
  private pending: string[] = [];
  private size = 0;
  private buffer = new Uint8Array(0);
  /** `write` gets each chunk's bytes in a buffer reused for the next chunk: copy them to keep them. */
  constructor(private write: (bytes: Uint8Array) => void, private chunk = 1 << 16) {}

  /** Append a string. */
  put(s: string): void {
    if (!s) return;
    this.pending.push(s);
    this.size += s.length;
    if (this.size >= this.chunk) this.flush(false);
  }

  /** Write out what is pending (the sink stays usable). */
  close(): void {
    this.flush(true);
  }

  private flush(all: boolean): void {
    let s = this.pending.length === 1 ? this.pending[0] : this.pending.join("");
    this.pending = [];
    this.size = 0;
    const last = s.charCodeAt(s.length - 1);
    if (!all && last >= 0xd800 && last <= 0xdbff) { // half a character: keep it for the next chunk
      this.pending.push(s.slice(-1));
      this.size = 1;
      s = s.slice(0, -1);
    }
    if (!s) return;
    if (this.buffer.length < s.length * 3) this.buffer = new Uint8Array(s.length * 3);
    const { written } = encoder.encodeInto(s, this.buffer);
    this.write(this.buffer.subarray(0, written));
  }
}
