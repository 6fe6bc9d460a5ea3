import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../../app/status.pages';

// The list is what most visits open; the form (with the date pickers), detail and periods load when first needed.
const LedgerListPage = lazy(() => import('./ledger-list.page').then((m) => ({ default: m.LedgerListPage })));
const NewRecordPage = lazy(() => import('./record-form.page').then((m) => ({ default: m.NewRecordPage })));
const EditRecordPage = lazy(() => import('./record-form.page').then((m) => ({ default: m.EditRecordPage })));
const RecordDetailPage = lazy(() => import('./record-detail.page').then((m) => ({ default: m.RecordDetailPage })));
const PeriodsPage = lazy(() => import('./periods.page').then((m) => ({ default: m.PeriodsPage })));

/** /ledger, /ledger/new, /ledger/periods, /ledger/:id, /ledger/:id/edit (mounted under `ledger/*`, business.read). */
export function LedgerSection() {
  return (
    <Routes>
      <Route index element={<LedgerListPage />} />
      <Route path="new" element={<NewRecordPage />} />
      <Route path="periods" element={<PeriodsPage />} />
      <Route path=":id" element={<RecordDetailPage />} />
      <Route path=":id/edit" element={<EditRecordPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
