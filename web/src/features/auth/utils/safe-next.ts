/** Only same-site paths are followed after sign-in; anything else (//evil.example, https://…) goes home. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return '/';
  return next;
}

/** The sign-in URL that returns to `path` afterwards. */
export function loginUrl(path: string): string {
  return path === '/' ? '/login' : `/login?next=${encodeURIComponent(path)}`;
}

/**
 * The other sign-in page (staff password or phone code) keeping where the person was going: a deep link opened
 * before sign-in survives switching between the two.
 */
export function switchSignInUrl(to: '/login' | '/login/phone', next: string | null): string {
  const target = next ? safeNext(next) : '/';
  return target === '/' ? to : `${to}?next=${encodeURIComponent(target)}`;
}
