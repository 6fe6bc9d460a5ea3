import { describe, expect, it } from 'vitest';
import { isExpiringSoon, notCountedReason } from './counting';

const cert = { validFrom: '2019-01-01', validTo: '2019-10-31' };

describe('honest counting', () => {
  it('counts a purchase only on a date its certificate is valid, both ends included', () => {
    expect(notCountedReason(cert, '2019-01-01')).toBeNull();
    expect(notCountedReason(cert, '2019-10-31')).toBeNull();
    expect(notCountedReason(cert, '2018-12-31')).toBe('not_yet_valid');
    expect(notCountedReason(cert, '2019-11-01')).toBe('expired');
    expect(notCountedReason(null, '2019-05-01')).toBe('no_certificate');
  });

  it('flags a certificate valid on the date and ending within 60 days', () => {
    expect(isExpiringSoon(cert, '2019-09-01')).toBe(true);
    expect(isExpiringSoon(cert, '2019-08-31')).toBe(false);
    expect(isExpiringSoon(cert, '2019-11-01')).toBe(false);
  });
});
