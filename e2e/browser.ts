import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export const baseUrl = () => inject('baseUrl');

/** Signs in through the login form as a person would. */
export async function signIn(page: Page, username: string, password = inject('e2ePassword')) {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.keyboard.press('Enter');
}

export type Viewport = { width: number; height: number };
export const DESKTOP: Viewport = { width: 1366, height: 768 };
export const PHONE: Viewport = { width: 390, height: 844 };

type SignedInOptions = {
  viewport?: Viewport;
  /** For a page that runs axe: the server's CSP (script-src 'self') would refuse the injected axe-core script. */
  axe?: boolean;
};

/** A fresh browser context (zh-CN; a phone viewport as a touch device) signed in as `username`, past the login page. */
export async function signedIn(browser: Browser, username: string, opts: SignedInOptions = {}): Promise<Page> {
  const viewport = opts.viewport ?? DESKTOP;
  const ctx = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    acceptDownloads: true,
    ...(opts.axe ? { bypassCSP: true } : {}),
    ...(viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await ctx.newPage();
  await signIn(page, username);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** Saves a screenshot under test-results/ for a person to look at. */
export async function shot(page: Page, name: string) {
  const dir = path.resolve(import.meta.dirname, '../test-results');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** What a page says about a refusal: alerts, fields' errors and toasts, to name in a failed step. */
export async function saysWhy(page: Page | Locator): Promise<string> {
  const said = await page
    .locator('.ant-alert, .ant-form-item-explain-error, .ant-message-notice')
    .allInnerTexts()
    .catch(() => [] as string[]);
  return said.length ? said.join(' | ') : 'nothing on the page';
}

/** Waits for a step's outcome; if it does not come, fails with what the page says instead. */
export async function orWhy<T>(page: Page | Locator, step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (err) {
    throw new Error(`${(err as Error).message.split('\n')[0]} — the page says: ${await saysWhy(page)}`, { cause: err });
  }
}

/**
 * Picks an option of an antd Select by its field's label; on a busy machine a click may land while the list is still
 * opening, so it tries again until the field shows the option.
 */
export async function pickOption(page: Page, root: Page | Locator, label: string, option: string) {
  const field = root.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) });
  const chosen = field.locator('.ant-select-content-has-value', { hasText: option });
  for (let attempt = 0; attempt < 5 && !(await chosen.count()); attempt++) {
    if (!(await page.locator('.ant-select-dropdown:visible').count()))
      await root.getByLabel(label, { exact: true }).click();
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
      .click({ timeout: 10_000 })
      .catch(() => undefined);
    await chosen.waitFor({ timeout: 5_000 }).catch(() => undefined);
  }
  await chosen.waitFor({ timeout: 1_000 });
}
