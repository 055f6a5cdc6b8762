/** Where the browser tests find what the build wrote, and where they put what they produce. */
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('../../../', import.meta.url);

/** A path inside the repository. */
export const repoPath = (relative: string): string => fileURLToPath(new URL(relative, root));

/** The offline page `npm run build` writes. */
export const PAGE_FILE = repoPath('dist/web/index.html');

/** The page's own address, as a user opening the file would have it. */
export const PAGE_URL = pathToFileURL(PAGE_FILE).href;

/** The built command line. */
export const CLI_FILE = repoPath('dist/cli.js');

/** Screenshots of each part, for a person to look at (gitignored). */
export const SCREENSHOT_DIR = repoPath('test/browser/screenshots/');

/** A screenshot's path, creating the folder on first use. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return `${SCREENSHOT_DIR}${name}.png`;
}
