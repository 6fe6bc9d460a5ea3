import { describe, expect, it } from 'vitest';
import { DEFAULT_WARNING_SETTINGS } from '@xiezuo/domain';
import { changedFields, settingsProblems, settingsToValues, valuesToSettings } from './warning-settings-form';

describe('warning settings form', () => {
  it('shows the lag threshold as a percentage and saves it back as a share', () => {
    const v = settingsToValues(DEFAULT_WARNING_SETTINGS);
    expect(v).toEqual({ behindPercent: 15, ratioTolerance: 5, awaitingDays: 14, disputeDays: 14, dormantMonths: 6 });
    expect(valuesToSettings(v)).toEqual(DEFAULT_WARNING_SETTINGS);
    expect(valuesToSettings({ ...v, behindPercent: 12.5 }).behindThreshold).toBe(0.125);
    expect(changedFields({ ...v, awaitingDays: 30 }, DEFAULT_WARNING_SETTINGS)).toEqual(['awaitingDays']);
  });

  it('refuses empty, out-of-range and fractional day counts', () => {
    const v = settingsToValues(DEFAULT_WARNING_SETTINGS);
    expect(settingsProblems(v)).toEqual({});
    expect(
      settingsProblems({
        ...v,
        behindPercent: null,
        ratioTolerance: 101,
        awaitingDays: 0,
        disputeDays: 2.5,
        dormantMonths: 37,
      }),
    ).toEqual({
      behindPercent: 'required',
      ratioTolerance: 'range',
      awaitingDays: 'range',
      disputeDays: 'integer',
      dormantMonths: 'range',
    });
  });
});
