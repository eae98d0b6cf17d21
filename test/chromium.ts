/** Headless Chromium for tests: a page's DOM after its scripts ran, and screenshots. */

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-dev-shm-usage"];

/** The Chromium binary; lib/cli/setup.sh test installs Debian's. */
export function chromiumBinary(): string {
  for (const p of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    try {
      Deno.statSync(p);
      return p;
    } catch { /* next */ }
  }
  throw new Error("Chromium not found (/usr/bin/chromium): sh lib/cli/setup.sh test installs Debian's chromium");
}

async function run(args: string[]): Promise<string> {
  const profile = await Deno.makeTempDir();
  try {
    const r = await new Deno.Command(chromiumBinary(), { args: [...FLAGS, `--user-data-dir=${profile}`, ...args], stdout: "piped", stderr: "piped" }).output();
    if (!r.success) throw new Error(`chromium ${args.join(" ")} failed: ${new TextDecoder().decode(r.stderr).slice(-800)}`);
    return new TextDecoder().decode(r.stdout);
  } finally {
    await Deno.remove(profile, { recursive: true }).catch(() => {});
  }
}

/** The serialised DOM of a page (a URL) once loaded and its scripts run. */
export function chromiumDom(url: string): Promise<string> {
  return run(["--virtual-time-budget=3000", "--dump-dom", url]);
}

/** A PNG screenshot of a page. */
export async function chromiumScreenshot(url: string, out: string, width = 1200, height = 900): Promise<void> {
  await run([`--window-size=${width},${height}`, "--hide-scrollbars", `--screenshot=${out}`, "--virtual-time-budget=5000", url]);
}
