import { afterAll, afterEach, expect } from '@jest/globals';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startTestApi, type StartTestApiOptions, type TestApi } from './test-api.js';

/** The api serving the built dashboard on a real port, as a browser reaches it. */
export interface DashboardServer {
  readonly api: TestApi;
  /** `http://127.0.0.1:<port>`: also the api's PUBLIC_URL, so emailed links point here. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the real api (test database, fake clock) on a free port. PUBLIC_URL is set to that
 * address before start: the api refuses sign-in requests from any other Origin, and writes it
 * into invitation and reset links.
 */
export async function startDashboard(options: StartTestApiOptions = {}): Promise<DashboardServer> {
  if (!existsSync(resolve('dist/dashboard/index.html'))) {
    throw new Error('dist/dashboard is missing: run `npm run build` first (`npm test` does)');
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = await startTestApi({ ...options, env: { ...options.env, PUBLIC_URL: baseUrl } });
  await api.app.listen(port, '127.0.0.1');
  return { api, baseUrl, close: () => api.close() };
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface OpenPageOptions {
  /** The browser's language (`navigator.language`), e.g. 'ja-JP' or 'en-GB'. */
  readonly locale?: string;
  /** The computer's time zone: far from Tokyo by default, so dates prove they are shown in JST. */
  readonly timezoneId?: string;
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** A page in its own browser context (own cookies), and the problems it reported. */
export interface DashboardPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught exceptions and console errors (CSP violations among them), but not HTTP 4xx answers. */
  readonly problems: string[];
}

export async function openPage(browser: Browser, baseUrl: string, options: OpenPageOptions = {}): Promise<DashboardPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: options.locale ?? 'ja-JP',
    timezoneId: options.timezoneId ?? 'America/Los_Angeles',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser logs every 4xx answer (the who-am-I check before sign-in, a wrong password):
    // those are expected; anything else logged as an error is a defect.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

/**
 * Registers a browser suite's clean-up: after each test its pages are closed, and the test fails
 * if any of them reported a problem; after the last one, the browser and the server stop.
 */
export function closesDashboard(opened: DashboardPage[], resources: () => { readonly server?: DashboardServer; readonly browser?: Browser }): void {
  afterEach(async () => {
    for (const { context, problems } of opened.splice(0)) {
      await context.close();
      expect(problems).toEqual([]);
    }
  });
  afterAll(async () => {
    const { server, browser } = resources();
    await browser?.close();
    await server?.close();
  });
}

/** Fills in the sign-in form (in either language) and submits it. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/** Opens the sign-in page and signs in; waits until the page has moved on. */
export async function signInThroughPage(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** The main heading of the current screen (exactly `text`, when a string). */
export function heading(page: Page, text: string | RegExp) {
  return page.getByRole('heading', { level: 1, name: text, exact: typeof text === 'string' });
}

/** The functions below run inside the page; the test project is typed for Node, not the DOM. */
interface PageGlobals {
  readonly document: { readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number } };
}

/** How far the page is wider than the window (0 or less: no sideways scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as PageGlobals).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** Whether an <img> loaded and decoded (a CSP refusal or a broken source leaves it empty). */
export function imageLoaded(image: Locator): Promise<boolean> {
  return image.evaluate((element) => {
    const img = element as unknown as { readonly complete: boolean; readonly naturalWidth: number };
    return img.complete && img.naturalWidth > 0;
  });
}

/** Marks the current document, to tell later whether a navigation reloaded the page. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(globalThis, { yorisoiTestMark: true }));
}

export function documentIsMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as { yorisoiTestMark?: boolean }).yorisoiTestMark === true);
}
