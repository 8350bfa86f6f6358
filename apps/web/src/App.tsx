import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiProblem, isTransient } from './api/problems';
import { SessionProvider } from './api/session';
import { SearchPage } from './journeys/public/SearchPage';
import { Layout } from './ui/Layout';
import { NotFoundPage } from './ui/NotFoundPage';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 503 or a dropped connection is retried (the page says so meanwhile); a 4xx is an answer.
      retry: (count, error) => isTransient(error) && count < 4,
      retryDelay: (count) => Math.min(1000 * 2 ** count, 8000),
      refetchOnWindowFocus: false,
      throwOnError: (error) => error instanceof ApiProblem && error.status === 401,
    },
  },
});

const page = <T extends Record<string, React.ComponentType>>(load: () => Promise<T>, name: keyof T) =>
  lazy(async () => ({ default: (await load())[name] as React.ComponentType }));

const StructurePage = page(() => import('./journeys/public/StructurePage'), 'StructurePage');
const OfferPage = page(() => import('./journeys/public/OfferPage'), 'OfferPage');
const LegalPage = page(() => import('./journeys/public/LegalPages'), 'LegalPage');
const AccessibilityPage = page(() => import('./journeys/public/LegalPages'), 'AccessibilityPage');
const PrivacyPage = page(() => import('./journeys/public/LegalPages'), 'PrivacyPage');

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <SearchPage /> },
      { path: '/structures/:employerId', element: <StructurePage /> },
      { path: '/offres/:jobDescriptionId', element: <OfferPage /> },
      { path: '/mentions-legales', element: <LegalPage /> },
      { path: '/accessibilite', element: <AccessibilityPage /> },
      { path: '/donnees-personnelles', element: <PrivacyPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  );
}
