import { lazy } from 'react';
import { Route } from 'react-router';
import { RequireAbility } from '../../../app/require-ability';
import { SectionRoutes } from '../../../components/section-routes';
import { PairingsNav } from '../components/pairings-nav';

// Each page is its own chunk: the overview carries ECharts and the boundaries, management pages are office-only.
const PairingsListPage = lazy(() => import('./pairings-list.page').then((m) => ({ default: m.PairingsListPage })));
const PairingDetailPage = lazy(() => import('./pairing-detail.page').then((m) => ({ default: m.PairingDetailPage })));
const PairingsOverviewPage = lazy(() =>
  import('./pairings-overview.page').then((m) => ({ default: m.PairingsOverviewPage })),
);
const DormantPairingsPage = lazy(() =>
  import('./dormant-pairings.page').then((m) => ({ default: m.DormantPairingsPage })),
);
const UnitsAdminPage = lazy(() =>
  import('../../org-admin/pages/units-admin.page').then((m) => ({ default: m.UnitsAdminPage })),
);
const GroupsAdminPage = lazy(() =>
  import('../../org-admin/pages/groups-admin.page').then((m) => ({ default: m.GroupsAdminPage })),
);

/** `/pairings/*`: list, overview and map, dormant warning, one pairing; unit and group management (org.manage). */
export function PairingsSection() {
  return (
    <>
      <PairingsNav />
      <SectionRoutes>
        <Route index element={<PairingsListPage />} />
        <Route path="overview" element={<PairingsOverviewPage />} />
        <Route path="dormant" element={<DormantPairingsPage />} />
        <Route
          path="units"
          element={
            <RequireAbility ability="org.manage">
              <UnitsAdminPage />
            </RequireAbility>
          }
        />
        <Route
          path="groups"
          element={
            <RequireAbility ability="org.manage">
              <GroupsAdminPage />
            </RequireAbility>
          }
        />
        <Route path=":id" element={<PairingDetailPage />} />
      </SectionRoutes>
    </>
  );
}
