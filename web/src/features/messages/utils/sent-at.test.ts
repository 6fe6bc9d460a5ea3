import { describe, expect, it } from 'vitest';
import { sentAt } from './sent-at';

describe('sentAt', () => {
  it('shows the time for today and the date before that', () => {
    const now = new Date(2026, 11, 7, 15, 0);
    expect(sentAt(new Date(2026, 11, 7, 9, 5).toISOString(), now)).toBe('09:05');
    expect(sentAt(new Date(2026, 11, 6, 23, 59).toISOString(), now)).toBe('2026-12-06 23:59');
  });
});
