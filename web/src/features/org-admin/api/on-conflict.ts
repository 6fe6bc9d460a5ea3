import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { notify } from '../../../app/error-notifier';
import { translate } from '../../../app/i18n';
import { orgAdminKeys } from './org-admin.keys';

/** 409: someone else saved first. Reload units and the structure so the next try carries the current version. */
export function reloadOnConflict(qc: QueryClient, error: unknown) {
  if (!isApiError(error) || error.code !== 'CONFLICT') return;
  void qc.invalidateQueries({ queryKey: orgAdminKeys.units });
  void qc.invalidateQueries({ queryKey: ['org'] });
  notify('warning', translate('orgAdmin.conflict'));
}

/** After any unit or group change: the management lists and the read-only organisation views. */
export function invalidateOrg(qc: QueryClient) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: orgAdminKeys.units }),
    qc.invalidateQueries({ queryKey: ['org'] }),
  ]);
}
