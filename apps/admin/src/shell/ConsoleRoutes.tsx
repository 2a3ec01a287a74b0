import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { PageSpinner } from '../components/PageSpinner';
import { ConsoleLayout } from './ConsoleLayout';
import { sectionsFor } from './sections';
import { useSignedInUser } from './use-session';

const SignInPage = lazy(() => import('../pages/sign-in/SignInPage'));
const ChangePasswordPage = lazy(() => import('../pages/accounts/ChangePasswordPage'));

export function ConsoleRoutes() {
  const user = useSignedInUser();
  const location = useLocation();
  if (!user) {
    return (
      <Suspense fallback={<PageSpinner />}>
        <Routes>
          <Route path="/login" element={<SignInPage />} />
          <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname + location.search }} />} />
        </Routes>
      </Suspense>
    );
  }
  const sections = sectionsFor(user.roles);
  const home = sections[0]?.path ?? '/password';
  return (
    <Routes>
      <Route element={<ConsoleLayout sections={sections} />}>
        {user.mustChangePassword ? (
          <Route path="*" element={<ChangePasswordPage />} />
        ) : (
          <>
            {sections.map(({ path, page: Page }) => (
              <Route key={path} path={path === '/' ? '/' : `${path}/*`} element={<Page />} />
            ))}
            <Route path="/password" element={<ChangePasswordPage />} />
            <Route path="*" element={<Navigate to={home} replace />} />
          </>
        )}
      </Route>
    </Routes>
  );
}
