/** Query key of the signed-in session (`GET /api/auth/me`). */
export const SESSION_KEY = ['auth', 'me'] as const;
