import { describe, expect, it } from 'vitest';
import { reasonText, wageText } from './labour-format';

describe('labour format', () => {
  it('shows a fen wage range in whole yuan', () => {
    expect(wageText(400_000, 600_050)).toBe('4000–6001');
  });
  it('shows a reason with its value and weight', () => {
    expect(reasonText('技能吻合', { value: 0.5, weight: 3 })).toBe('技能吻合 0.5 × 3');
  });
});
