/**
 * The offline page as `npm run build` writes it (issue 17 §1): one self-contained file that
 * fetches nothing. Built here into a temporary folder by the same script, so that the check runs
 * with the unit tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Every reference in an HTML page that would make the browser fetch something from elsewhere. */
function externalReferences(html: string): string[] {
  const found: string[] = [];
  // src= and href= to http(s) or protocol-relative addresses, in the markup.
  for (const m of html.matchAll(/\b(?:src|href|action|poster|srcset)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]*)/gi)) found.push(m[0]);
  // url(…) in the styles, other than data: URLs.
  for (const style of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const m of style[1]!.matchAll(/url\(\s*["']?([^"')\s]*)/gi)) if (!m[1]!.startsWith('data:')) found.push(m[0]);
    for (const m of style[1]!.matchAll(/@import\b[^;]*/gi)) found.push(m[0]);
  }
  // A <link> or <script src> of any kind loads a file.
  for (const m of html.matchAll(/<link\b[^>]*>|<script\b[^>]*\bsrc\s*=[^>]*>/gi)) found.push(m[0]);
  return found;
}

let dir = '';
let html = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'send-timescales-page-'));
  execFileSync(process.execPath, ['scripts/build-web.mjs', join(dir, 'index.html')], { stdio: 'pipe' });
  html = readFileSync(join(dir, 'index.html'), 'utf8');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the offline page build (issue 17 §1: "one self-contained file … makes no network request")', () => {
  it('finds the references it is meant to find (the check itself can fail)', () => {
    expect(externalReferences('<img src="https://x.example/a.png"><a href="//x.example">x</a><style>a{background:url(/i.svg)}b{background:url(data:image/png;base64,AA)}</style><link rel="stylesheet" href="a.css">'))
      .toHaveLength(4);
  });

  it('has no src=, href= to another host, CSS url( other than data:, <link> or external script', () => {
    expect(externalReferences(html)).toEqual([]);
  });

  it('carries its script and styles inline, and a policy that forbids every request', () => {
    expect(html).toMatch(/<style>[\s\S]{100000,}<\/style>/);
    expect(html).toMatch(/<script>[\s\S]{100000,}<\/script>/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("connect-src 'none'");
  });

  it('drops the GOV.UK font, its @font-face rules and the crown, for gov.uk services only', () => {
    expect(html).not.toMatch(/GDS Transport/i);
    expect(html).not.toMatch(/@font-face/i);
    expect(html).not.toMatch(/govuk-crest|\/assets\//);
  });

  it('has a skip link to the main landmark, a banner, navigation and the three parts', () => {
    expect(html).toContain('href="#main-content"');
    expect(html).toMatch(/<main[^>]*id="main-content"/);
    expect(html).toMatch(/<header[^>]*role="banner"/);
    expect(html).toMatch(/<nav[^>]*aria-label="Parts of this page"/);
    for (const part of ['calculator', 'timeline', 'audit']) expect(html).toContain(`id="${part}"`);
  });

  it('holds no Node built-in: the readers reach the page through their browser builds', () => {
    expect(html).not.toMatch(/require\(["'](?:node:)?(?:fs|stream|path|zlib|os|child_process)["']\)/);
    expect(html).not.toMatch(/from\s*["']node:/);
  });
});
