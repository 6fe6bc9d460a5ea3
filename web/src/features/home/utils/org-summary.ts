import type { OrgOverviewDto } from '@xiezuo/domain';

export type OrgSummary = {
  memberUnits: number;
  workingGroups: number;
  counties: number;
  townships: number;
  villages: number;
};

/** Counts shown on the home page, all derived from the overview the server returned. */
export function summarise(org: OrgOverviewDto): OrgSummary {
  return {
    memberUnits: org.units.filter((u) => u.isMember).length,
    workingGroups: org.workingGroups.length,
    counties: org.counties.length,
    townships: org.counties.reduce((n, c) => n + c.townships, 0),
    villages: org.counties.reduce((n, c) => n + c.villages, 0),
  };
}
