import { expect, test } from 'vitest';
import { screenshot, useBrowserSession } from './harness.ts';

// Issue 8 in the browser: the security administrator's policy page, the rules it sets shown where a password
// is changed, and the signed-in devices page.
const s = useBrowserSession();

test('security policy: the security administrator sees the defaults, a value below the floor is refused under its field, a stricter one is saved', async () => {
  const { page } = s;
  await s.signIn('anquan');
  await page.goto(`${s.baseUrl}/admin/security-policy`);
  await page.getByTestId('security-policy-source').getByText('部署配置的默认值').waitFor();

  const minLength = page.getByLabel('密码最短长度');
  await minLength.fill('8');
  await page.getByTestId('security-policy-save').click();
  await page.getByText('密码最短长度不能小于 10').waitFor();
  const unchanged = await s.getJson<{ source: string; passwordMinLength: number }>('/api/security/policy');
  expect(unchanged).toMatchObject({ source: 'default', passwordMinLength: 10 });

  await minLength.fill('12');
  await page.getByLabel('不得重复使用最近的密码数').fill('6');
  await page.getByTestId('security-policy-save').click();
  await page.getByText('安全策略已保存，已立即生效').waitFor();
  await page.getByTestId('security-policy-source').getByText('当前策略由 anquan').waitFor();
  expect(await s.getJson<{ version: number; passwordMinLength: number; passwordHistory: number }>('/api/security/policy')).toMatchObject({ version: 1, passwordMinLength: 12, passwordHistory: 6 });
  await s.toastsGone();
  await screenshot(page, 'security-policy');
  await s.signOut();
});

test('security policy: the change-password form states the rules in force (12 characters, last 6) and the API holds a user to them', async () => {
  const { page } = s;
  await s.signIn('taishan');
  await page.goto(`${s.baseUrl}/change-password`);
  await page.getByText('至少 12 位').waitFor();
  await page.getByText('最近 6 次').waitFor();
  await page.getByLabel('当前密码').fill('Demo@123456');
  await page.getByLabel('新密码', { exact: true }).fill('Xin#Mima202');
  await page.getByLabel('确认新密码').fill('Xin#Mima202');
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByText('密码至少 12 位').waitFor();
  // The page stands alone (no header); the next test signs in afresh.
});

test('sessions: the signed-in devices page lists this session as current; 退出所有设备 ends it', async () => {
  const { page } = s;
  await s.signIn('shuji');
  await page.goto(`${s.baseUrl}/account/sessions`);
  await page.getByText('当前会话').waitFor();
  await screenshot(page, 'sessions');
  await page.getByRole('button', { name: '退出所有设备' }).click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await page.waitForURL(/\/login/);
  const me = await page.request.get(`${s.baseUrl}/api/me`);
  expect(me.status()).toBe(401);
});
