import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { notify } from '../../../app/error-notifier';
import { translate } from '../../../app/i18n';
import { usersKeys } from './users.keys';

/** 409: someone else saved first. Reload the list so the next try carries the current version, and say so. */
export function reloadOnConflict(qc: QueryClient, error: unknown) {
  if (!isApiError(error) || error.code !== 'CONFLICT') return;
  void qc.invalidateQueries({ queryKey: usersKeys.all });
  notify('warning', translate('users.conflict'));
}
