import { createContext, useContext } from 'react';
import type { Ability, SessionDto } from '@xiezuo/domain';

export const SessionContext = createContext<SessionDto | null>(null);

/** The signed-in session; only valid below the session gate. */
export function useCurrentSession(): SessionDto {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCurrentSession used outside the session gate');
  return session;
}

/** Whether the caller holds an ability, as the server granted it. */
export function useHasAbility(ability: Ability): boolean {
  return useCurrentSession().abilities.includes(ability);
}
