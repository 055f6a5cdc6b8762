/**
 * Which Chromium the browser tests drive, and how it is launched.
 *
 * By default the Chromium that `@sparticuz/chromium` ships inside its npm package (a devDependency),
 * so `npm test` on a fresh clone needs no other install. Setting SEND_TIMESCALES_CHROMIUM to the
 * path of another Chromium (for example Debian's `/usr/bin/chromium`) uses that one instead.
 */
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

/** The environment variable that names another Chromium executable to drive. */
export const CHROMIUM_ENV = 'SEND_TIMESCALES_CHROMIUM';

/**
 * The flags the tests launch with. The package's own default `chromium.args` are for serverless
 * hosts (`--single-process`, ANGLE/SwiftShader GL) and crash on an ordinary Linux machine with
 * "eglGetProcAddress not found"; these few run headless here with no GPU, no sandbox (the tests
 * run as root in CI) and no background traffic of Chromium's own (updates, field trials).
 */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-dev-shm-usage',
  '--no-zygote',
] as const;

/** The executable to launch: the named one if the variable is set, else the packaged one. */
export async function chromiumExecutable(): Promise<string> {
  const named = process.env[CHROMIUM_ENV];
  if (named !== undefined && named.trim() !== '') return named.trim();
  // Unpacks the packaged build into the temporary folder on first use, then reuses it.
  return sparticuz.executablePath();
}

/**
 * Launches a headless Chromium for one test file. Its date inputs take their field order from the
 * process's LANG (not from the page's locale), so it runs under British English: a date is typed
 * day, month, year, as a user in England types it, whatever the machine's own language.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    headless: true,
    args: [...LAUNCH_ARGS, '--lang=en-GB'],
    env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
  });
}
