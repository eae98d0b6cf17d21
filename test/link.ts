/**
 * Making symbolic links in tests with `ln -s`: Deno.symlink needs unscoped
 * read and write permission, and the suite's reads and writes are scoped
 * (test/run.sh); `ln` is among the programs it may run.
 */
export async function symlink(target: string, path: string): Promise<void> {
  const r = await new Deno.Command("ln", { args: ["-s", "--", target, path], stdout: "null", stderr: "piped" }).output();
  if (!r.success) throw new Error(`ln -s ${target} ${path}: ${new TextDecoder().decode(r.stderr).trim()}`);
}
