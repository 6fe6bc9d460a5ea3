import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { openingYear, useToday } from '../../settings/api/use-today';

/** The year a page shows: the URL's, else the latest structure year up to the working date's year. */
export function useOversightYear(fromUrl: number | null): number | null {
  const latest = useOrgOverview(null, fromUrl === null);
  const today = useToday();
  if (fromUrl !== null) return fromUrl;
  if (!latest.data || !today) return null;
  return openingYear(latest.data.year, today);
}
