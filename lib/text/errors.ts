/**
 * An input file the pipeline refuses, with the file named in the message.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const e = new InputError("data/raw/x.txt", "not UTF-8, GB18030 or UTF-16");
 * assert.equal(e.message, 'Cannot read "data/raw/x.txt": not UTF-8, GB18030 or UTF-16');
 * ```
 */
export class InputError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`Cannot read "${file}": ${problem}`);
    this.name = "InputError";
  }
}
