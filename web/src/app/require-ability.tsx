import type { ReactNode } from 'react';
import type { Ability } from '@xiezuo/domain';
import { useHasAbility } from '../features/auth/session-context';
import { ForbiddenPage } from './status.pages';

/** Route-level access: renders the page only when the server granted the ability, else 403. */
export function RequireAbility({ ability, or, children }: { ability: Ability; or?: Ability; children: ReactNode }) {
  const has = useHasAbility(ability);
  const hasOther = useHasAbility(or ?? ability);
  return has || hasOther ? children : <ForbiddenPage />;
}
