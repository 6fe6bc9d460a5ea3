import dayjs from 'dayjs';
import { useOrgOverview } from '../../org/api/use-org-overview.query';

/** The year a page shows: the URL's, else the latest year of the structure (the current plan year), else this year. */
export function useOversightYear(fromUrl: number | null): number | null {
  const latest = useOrgOverview(null, fromUrl === null);
  if (fromUrl !== null) return fromUrl;
  if (!latest.data) return null;
  return latest.data.year ?? dayjs().year();
}
