/**
 * One page opened the way a user opens it (from its file), with every network request blocked and
 * counted and every console error and page error collected, so a test can assert that the page
 * sent nothing anywhere and reported no error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshotPath } from './paths.js';

/** An open page and what it has tried to do so far. */
export interface PageSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request that was not the opened file itself, each one blocked before it left. */
  readonly blockedRequests: string[];
  /** Console messages of type 'error', and uncaught exceptions in the page, as text. */
  readonly errors: string[];
  /** Saves a full-page screenshot as test/browser/screenshots/<name>.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The opened file's own address, without a query or fragment (the URL state lives there). */
function withoutStateOf(url: string): string {
  return url.replace(/[?#].*$/s, '');
}

/**
 * Opens `fileUrl` in a new context of `browser`. Only the file itself may load: any other request
 * (another file, http, https, ws) is aborted and recorded. `data:` and `blob:` addresses never reach
 * the network and Chromium does not route them, so they are neither blocked nor counted.
 */
export async function openPage(browser: Browser, fileUrl: string, { width = 1280, height = 900 } = {}): Promise<PageSession> {
  const own = withoutStateOf(fileUrl);
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width, height }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const blockedRequests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (withoutStateOf(url) === own) return route.continue();
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // A WebSocket is not a routed request: count it as well, and close it before it connects.
  await context.routeWebSocket(/.*/, (ws) => {
    blockedRequests.push(ws.url());
    return ws.close();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.goto(fileUrl);
  return {
    context,
    page,
    blockedRequests,
    errors,
    async screenshot(name) {
      await page.screenshot({ path: screenshotPath(name), fullPage: true });
    },
    close: () => context.close(),
  };
}
