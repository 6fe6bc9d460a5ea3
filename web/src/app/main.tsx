import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { setSessionLostHandler } from '../api/api-client';
import type { LoginNotice } from '../features/auth/pages/login.page';
import { loginUrl } from '../features/auth/utils/safe-next';
import { Providers } from './providers';
import { queryClient } from './query-client';
import { router } from './router';
import './global.css';

// Any call (other than login/me) that finds the session gone sends the person to sign in, then back here.
setSessionLostHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  queryClient.removeQueries();
  void router.navigate(loginUrl(pathname + search), {
    replace: true,
    state: { notice: 'expired' } satisfies LoginNotice,
  });
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
