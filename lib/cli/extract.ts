/**
 * `deno task extract` (through lib/cli/extract.sh, which scopes its
 * permissions): the command line of lib/run/command.ts.
 */
import { main } from "../run/command.ts";

Deno.exit(await main(Deno.args));
