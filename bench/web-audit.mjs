// The page's audit at scale (issue 17 §1 and §4): a 64,000-case synthetic caseload CSV audited by
// the offline page (dist/web/index.html) in headless Chromium, timed from choosing the file to the
// result shown, beside the built command line auditing the same file in the same run. Target: the
// page within 3x the command line's time. The file is generated into a temporary folder (never
// committed) by the generator the other audit benches use, and removed afterwards.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sparticuz from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import { generateCases, writeCsv, GENERATED_AS_OF } from '../scripts/caseload-generator.mjs';
import { measureNode } from './peak-rss.mjs';

const N = Number(process.env.BENCH_WEB_CASES ?? 64_000);
/** Issue 17's target: the page audits a caseload within 3x the command line's time for the same file. */
const TIME_TARGET = 3;

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const PAGE_URL = pathToFileURL(here('../dist/web/index.html')).href;

async function writeCaseload(file) {
  const out = createWriteStream(file);
  let pending = '';
  writeCsv(generateCases(N), (s) => {
    pending += s;
    if (pending.length > 1 << 16) {
      out.write(pending);
      pending = '';
    }
  });
  out.write(pending);
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}

/**
 * Chromium as the browser tests launch it (test/browser/support/chromium.ts): the packaged build, or
 * the executable SEND_TIMESCALES_CHROMIUM names; British English so dates read day, month, year.
 */
async function launch() {
  const executablePath = process.env.SEND_TIMESCALES_CHROMIUM?.trim() || (await sparticuz.executablePath());
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage', '--no-zygote', '--lang=en-GB'],
    env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
  });
}

/**
 * The page's audit part, by its labels: the file input, the as-of date (the generator's, as the
 * command line is given), the button, and the status line that says the audit finished.
 */
async function openAuditPart(page) {
  const input = page.getByLabel('Caseload or SEN2 return');
  await page.getByLabel('Audit as of (optional)').fill(GENERATED_AS_OF);
  const finished = page.getByText(/^Audit finished in /);
  return {
    // "Choosing the file" is both steps a user takes: picking it and pressing the button.
    async choose(file) {
      await input.setInputFiles(file);
      await page.getByRole('button', { name: 'Audit the file' }).click();
    },
    shown: () => finished.waitFor({ timeout: 600_000 }),
    summary: () => finished.innerText(),
  };
}

/** Opens the page, chooses the file in the audit part, and times until the audit's result is shown. */
async function pageAudit(browser, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  let requests = 0;
  // As in the tests: nothing but the page's own file loads.
  await context.route('**/*', (route) => (route.request().url().startsWith(PAGE_URL) ? route.continue() : (requests++, route.abort('blockedbyclient'))));
  const page = await context.newPage();
  try {
    await page.goto(PAGE_URL);
    const audit = await openAuditPart(page);
    const t0 = performance.now();
    await audit.choose(file);
    await audit.shown();
    const ms = performance.now() - t0;
    return { ms, requests, summary: await audit.summary() };
  } finally {
    await context.close();
  }
}

export async function run() {
  console.log(`\nPage audit: ${N.toLocaleString('en-GB')} synthetic cases as CSV, the page in headless Chromium beside the built command line`);
  const dir = mkdtempSync(join(tmpdir(), 'send-timescales-bench-web-'));
  const browser = await launch();
  try {
    const file = join(dir, 'caseload.csv');
    await writeCaseload(file);
    console.log(`  generated ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB (${file}, removed after)`);
    const cli = await measureNode(here('../dist/cli.js'), ['audit', file, '--as-of', GENERATED_AS_OF, '--format', 'json']);
    if (cli.code !== 0) throw new Error(`the CLI audit exited ${cli.code}: ${cli.stderr.slice(-500)}`);
    const web = await pageAudit(browser, file);
    if (web.requests !== 0) throw new Error(`the page made ${web.requests} network request(s) while auditing`);
    const line = (name, ms) => `  ${name.padEnd(52)} ${(ms / 1000).toFixed(2).padStart(6)} s`;
    console.log(line('send-timescales audit (dist/cli.js, child process)', cli.ms));
    console.log(line('the page (choosing the file to the result shown)', web.ms));
    console.log(`  page: ${web.summary}`);
    const ratio = web.ms / cli.ms;
    console.log(`  time: ${ratio.toFixed(1)}× the command line (target at most ${TIME_TARGET}×): ${ratio <= TIME_TARGET ? 'meets the target' : 'MISSES the target'}`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
