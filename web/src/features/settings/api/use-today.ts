import dayjs from 'dayjs';
import { useCurrentSession } from '../../auth/session-context';
import { useWorkingDate } from './use-working-date';

/**
 * The day every page takes as "today": the tenant's working date (工作日期), fetched once and shared; the clock's
 * date only for a caller who may not read it (the three admin roles). Undefined while it loads.
 */
export function useToday(): string | undefined {
  const { abilities } = useCurrentSession();
  const canRead = abilities.includes('org.read') || abilities.includes('business.read');
  const wd = useWorkingDate(canRead);
  if (!canRead) return dayjs().format('YYYY-MM-DD');
  return wd.data?.workingDate;
}

/** The year a page opens on: the latest year with a structure that is not after the working date's year. */
export function openingYear(latest: number | null, today: string): number {
  const working = Number(today.slice(0, 4));
  return latest === null ? working : Math.min(latest, working);
}
