import { describe, expect, it } from 'vitest';
import { loginUrl, safeNext, switchSignInUrl } from './safe-next';

describe('safeNext', () => {
  it('follows same-site paths with their search', () => {
    expect(safeNext('/audit?page=2&lang=en')).toBe('/audit?page=2&lang=en');
  });
  it('refuses other sites, schemes and the login page itself', () => {
    for (const bad of [
      null,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/login?next=/x',
      '/login/phone?next=/x',
    ])
      expect(safeNext(bad)).toBe('/');
  });
  it('builds a round trip through sign-in', () => {
    expect(loginUrl('/org?tab=units')).toBe('/login?next=%2Forg%3Ftab%3Dunits');
    expect(safeNext(new URLSearchParams(loginUrl('/org?tab=units').split('?')[1]).get('next'))).toBe('/org?tab=units');
  });
  it('keeps the deep link when switching between staff and phone sign-in', () => {
    const next = '/charity/donor?claim=1b4e28ba';
    const phone = switchSignInUrl('/login/phone', next);
    expect(phone).toBe('/login/phone?next=%2Fcharity%2Fdonor%3Fclaim%3D1b4e28ba');
    expect(safeNext(new URLSearchParams(phone.split('?')[1]).get('next'))).toBe(next);
    expect(switchSignInUrl('/login', new URLSearchParams(phone.split('?')[1]).get('next'))).toBe(
      '/login?next=%2Fcharity%2Fdonor%3Fclaim%3D1b4e28ba',
    );
    expect(switchSignInUrl('/login/phone', null)).toBe('/login/phone');
    expect(switchSignInUrl('/login/phone', 'https://evil.example/')).toBe('/login/phone');
  });
});
