/**
 * The harness itself: the request counter and the error collector the page tests rely on must see
 * what they claim to see, or "0 requests, no errors" on the page would prove nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.js';
import { launchChromium } from './support/chromium.js';
import { openPage } from './support/session.js';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'send-timescales-harness-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function writePage(name: string, html: string): string {
  const file = join(dir, name);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

describe('browser harness', () => {
  it('blocks and counts every request but the opened file: a sibling file, http, https and a WebSocket', async () => {
    const url = writePage(
      'leaky.html',
      `<!doctype html><html lang="en"><head><title>leaky</title><link rel="stylesheet" href="sibling.css"></head><body>
       <img src="http://192.0.2.1/pixel.png" alt="">
       <script>
         fetch('https://example.invalid/collect').catch(() => {});
         try { new WebSocket('ws://192.0.2.1/socket'); } catch {}
       </script></body></html>`,
    );
    const session = await openPage(browser, `${url}#state=1`);
    try {
      await expect.poll(() => session.blockedRequests.length).toBe(4);
      expect(session.blockedRequests.map((u) => new URL(u).protocol).sort()).toEqual(['file:', 'http:', 'https:', 'ws:']);
      // A blocked request is also reported by Chromium as a console error.
      expect(session.errors.some((e) => e.includes('ERR_BLOCKED_BY_CLIENT'))).toBe(true);
    } finally {
      await session.close();
    }
  });

  it('collects console errors and uncaught exceptions; a quiet page has none and sends nothing', async () => {
    const noisy = await openPage(
      browser,
      writePage('noisy.html', `<!doctype html><title>noisy</title><script>console.error('visible'); setTimeout(() => { throw new Error('uncaught'); });</script>`),
    );
    try {
      await expect.poll(() => noisy.errors.length).toBe(2);
      expect(noisy.errors).toEqual(['console: visible', 'page error: uncaught']);
    } finally {
      await noisy.close();
    }
    const quiet = await openPage(browser, writePage('quiet.html', `<!doctype html><html lang="en"><head><title>quiet</title></head><body><main><h1>Quiet</h1></main></body></html>`));
    try {
      expect(quiet.blockedRequests).toEqual([]);
      expect(quiet.errors).toEqual([]);
      expect(await axeViolations(quiet.page)).toEqual([]);
    } finally {
      await quiet.close();
    }
  });

  it('axe reports a WCAG A violation (an unlabelled text input), so a clean result means something', async () => {
    const session = await openPage(browser, writePage('unlabelled.html', `<!doctype html><html lang="en"><head><title>form</title></head><body><main><input type="text"></main></body></html>`));
    try {
      expect((await axeViolations(session.page)).join('\n')).toMatch(/^label /m);
    } finally {
      await session.close();
    }
  });
});
