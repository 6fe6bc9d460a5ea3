import { describe, expect, it } from 'vitest';
import { loginUrl, safeNext } from './safe-next';

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
    ])
      expect(safeNext(bad)).toBe('/');
  });
  it('builds a round trip through sign-in', () => {
    expect(loginUrl('/org?tab=units')).toBe('/login?next=%2Forg%3Ftab%3Dunits');
    expect(safeNext(new URLSearchParams(loginUrl('/org?tab=units').split('?')[1]).get('next'))).toBe('/org?tab=units');
  });
});
