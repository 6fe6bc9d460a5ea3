import type { WarningSettings } from '@xiezuo/domain';

/** The thresholds as the form shows them: the lag as a percentage of the target rather than a share. */
export type SettingsValues = {
  behindPercent: number | null;
  ratioTolerance: number | null;
  awaitingDays: number | null;
  disputeDays: number | null;
  dormantMonths: number | null;
};
export type SettingsField = keyof SettingsValues;

/** Each field's allowed range and whether it must be whole, as the contract (`warningSettings`) has them. */
export const SETTINGS_LIMITS: Record<SettingsField, { min: number; max: number; isInteger: boolean }> = {
  behindPercent: { min: 0, max: 100, isInteger: false },
  ratioTolerance: { min: 0, max: 100, isInteger: false },
  awaitingDays: { min: 1, max: 365, isInteger: true },
  disputeDays: { min: 1, max: 365, isInteger: true },
  dormantMonths: { min: 1, max: 36, isInteger: true },
};
export const SETTINGS_FIELDS = Object.keys(SETTINGS_LIMITS) as SettingsField[];

export function settingsToValues(s: WarningSettings): SettingsValues {
  return {
    behindPercent: Math.round(s.behindThreshold * 1000) / 10,
    ratioTolerance: s.ratioTolerance,
    awaitingDays: s.awaitingDays,
    disputeDays: s.disputeDays,
    dormantMonths: s.dormantMonths,
  };
}

/** The PUT body once `settingsProblems` found nothing. */
export function valuesToSettings(v: SettingsValues): WarningSettings {
  return {
    behindThreshold: Math.round(v.behindPercent! * 10) / 1000,
    ratioTolerance: v.ratioTolerance!,
    awaitingDays: v.awaitingDays!,
    disputeDays: v.disputeDays!,
    dormantMonths: v.dormantMonths!,
  };
}

/** Per field: 'required', 'range' (outside the limits) or 'integer'; empty when the values may be saved. */
export function settingsProblems(v: SettingsValues): Partial<Record<SettingsField, 'required' | 'range' | 'integer'>> {
  const out: Partial<Record<SettingsField, 'required' | 'range' | 'integer'>> = {};
  for (const f of SETTINGS_FIELDS) {
    const value = v[f];
    const lim = SETTINGS_LIMITS[f];
    if (value === null || !Number.isFinite(value)) out[f] = 'required';
    else if (value < lim.min || value > lim.max) out[f] = 'range';
    else if (lim.isInteger && !Number.isInteger(value)) out[f] = 'integer';
  }
  return out;
}

/** The fields whose value differs from what is stored. */
export const changedFields = (v: SettingsValues, saved: WarningSettings) =>
  SETTINGS_FIELDS.filter((f) => v[f] !== settingsToValues(saved)[f]);
