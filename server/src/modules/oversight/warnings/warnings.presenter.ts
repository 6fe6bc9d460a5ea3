import type { WarningSettings, WarningSettingsDto } from '@xiezuo/domain';

/** The tenant's thresholds (defaults filled in), when they were last changed, and whether the caller may change them. */
export const presentSettings = (
  settings: WarningSettings,
  updatedAt: Date | null,
  abilities: WarningSettingsDto['abilities'],
): WarningSettingsDto => ({ ...settings, updatedAt: updatedAt?.toISOString() ?? null, abilities });
