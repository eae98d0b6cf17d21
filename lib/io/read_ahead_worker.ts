/**
 * The worker of read_ahead.ts: reads the files it is given, in order, a few
 * ahead of the file the pipeline is on, and throws the bytes away; the point
 * is that the operating system then holds them in its page cache. No
 * imports, so it starts in a few milliseconds.
 *
 * Shared cursor (Int32Array over a SharedArrayBuffer): [0] the file the
 * pipeline has reached, [1] 1 once the pipeline no longer needs reads,
 * [2] how many files this worker has read (or found unreadable).
 */
// deno-lint-ignore no-explicit-any
const scope = self as any;
scope.onmessage = (e: MessageEvent<{ paths: string[]; cursor: SharedArrayBuffer; ahead: number }>) => {
  const { paths, ahead } = e.data;
  const cursor = new Int32Array(e.data.cursor);
  let buf = new Uint8Array(1 << 20);
  for (let i = 0; i < paths.length && Atomics.load(cursor, 1) === 0; i++) {
    // wait while `ahead` files are already read beyond the one being processed
    for (let at = Atomics.load(cursor, 0); i > at + ahead && Atomics.load(cursor, 1) === 0; at = Atomics.load(cursor, 0)) {
      Atomics.wait(cursor, 0, at, 1000);
    }
    try {
      const file = Deno.openSync(paths[i]);
      try {
        for (;;) {
          const got = file.readSync(buf);
          if (got === null) break;
          if (got === buf.length && buf.length < 16 << 20) buf = new Uint8Array(buf.length * 2);
        }
      } finally {
        file.close();
      }
    } catch {
      // unreadable: the pipeline's own read reports it
    }
    Atomics.store(cursor, 2, i + 1);
  }
};
