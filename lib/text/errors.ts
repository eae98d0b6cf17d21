/** An input file the pipeline refuses, with the file named in the message. */
export class InputError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`Cannot read "${file}": ${problem}`);
    this.name = "InputError";
  }
}
