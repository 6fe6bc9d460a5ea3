import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, launchBrowser, shot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function freshPage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  return ctx.newPage();
}

async function menuItems(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: '主导航' });
  await nav.getByRole('menuitem').first().waitFor();
  return (await nav.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
}

const MENUS: Record<string, string[]> = {
  office: ['首页', '组织架构'],
  leader: ['首页', '组织架构'],
  'county-huan': ['首页', '组织架构'],
  auditor: ['首页', '组织架构', '审计日志'],
  auditadmin: ['首页', '审计日志'],
  secadmin: ['首页', '组织架构', '用户与角色'],
  sysadmin: ['首页', '组织架构', '系统配置'],
};

describe('signing in: each demo user sees only their menu', () => {
  for (const [username, expected] of Object.entries(MENUS)) {
    it(`${username} sees ${expected.join(' / ')}`, async () => {
      const page = await freshPage();
      await signIn(page, username);
      const items = await menuItems(page);
      for (const e of expected) expect(items).toContain(e);
      for (const other of ['审计日志', '用户与角色', '系统配置'].filter((x) => !expected.includes(x)))
        expect(items).not.toContain(other);
      if (username === 'office' || username === 'county-huan') {
        await page.waitForLoadState('networkidle');
        await shot(page, `home-${username}`);
      }
      await page.context().close();
    });
  }

  it('refuses a page outside the menu with the 403 page', async () => {
    const page = await freshPage();
    await signIn(page, 'county-huan');
    await menuItems(page);
    await page.goto(`${baseUrl()}/audit`);
    await expect(page.getByText('您没有访问此页面的权限。').waitFor()).resolves.toBeUndefined();
    const other = await page.request.get(`${baseUrl()}/api/counties/621021`);
    expect(other.status()).toBe(403);
    await page.context().close();
  });
});

describe('lockout and session expiry', () => {
  it('locks the account after repeated wrong passwords and says so', async () => {
    const page = await freshPage();
    for (let i = 0; i < 5; i++) {
      await signIn(page, 'group-labour', `wrong-password-${i}`);
      await page.getByRole('alert').first().waitFor();
    }
    await signIn(page, 'group-labour');
    await expect(
      page
        .getByText(/账户已锁定/)
        .first()
        .waitFor(),
    ).resolves.toBeUndefined();
    await shot(page, 'login-locked');
    await page.context().close();
  });

  it('returns to sign-in when the session is gone, and back to the page after signing in again', async () => {
    const page = await freshPage();
    await signIn(page, 'auditadmin');
    await menuItems(page);
    await page.context().clearCookies();
    await page.goto(`${baseUrl()}/audit?outcome=failure`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel(/用户名/).fill('auditadmin');
    await page.getByLabel(/密码/).fill(inject('e2ePassword'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/audit\?outcome=failure/);
    await page.context().close();
  });
});

describe('audit admin', () => {
  it('searches the log, sees the failed sign-ins, and verifies the chain', async () => {
    const page = await freshPage();
    await signIn(page, 'auditadmin');
    await menuItems(page);
    await page.goto(`${baseUrl()}/audit?outcome=failure`);
    await page.getByRole('table').waitFor();
    await page.getByText('group-labour').first().waitFor();
    await page.getByRole('button', { name: /校验哈希链/ }).click();
    await page
      .getByText(/哈希链完整|校验通过|intact/)
      .first()
      .waitFor();
    await shot(page, 'audit-log');
    await page.context().close();
  });
});
