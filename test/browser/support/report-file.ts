/**
 * An HTML audit report opened from its own file, as whoever receives one opens it, and held to
 * what every report must be: the command line's JSON figures, no request, no console error, axe clean.
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { expectFiguresOfJson } from './audit-figures.js';
import { axeViolations } from './axe.js';
import { openPage } from './session.js';

/** Opens `file`, checks it against `json`, and saves a screenshot named `screenshot`. */
export async function expectReportFileOfJson(browser: Browser, file: string, json: Record<string, any>, screenshot: string): Promise<void> {
  const session = await openPage(browser, pathToFileURL(file).href);
  try {
    await expectFiguresOfJson(session.page, json);
    await session.screenshot(screenshot);
    const violations = await axeViolations(session.page);
    expect(violations.map((v) => v.split(' ')[0]), violations.join('\n')).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
}
