import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiProblem, isTransient } from './api/problems';
import { SessionProvider } from './api/session';
import { SearchPage } from './journeys/public/SearchPage';
import { Layout } from './ui/Layout';
import { PAGES } from './pages';
import { NotFoundPage, RouteError } from './ui/NotFoundPage';
import { KnownIds } from './ui/KnownIds';
import { RequireSession } from './ui/RequireSession';

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

/** Each lazy page as a component, made once. */
const lazyPages = PAGES.map((p) => {
  const Component = lazy(async () => ({ default: ((await p.load()) as Record<string, React.ComponentType>)[p.name]! }));
  return {
    ...p,
    route: {
      path: p.path,
      element: (
        <KnownIds>
          <Component />
        </KnownIds>
      ),
    },
  };
});

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <SearchPage /> },
      ...lazyPages.filter((p) => !p.session).map((p) => p.route),
      { element: <RequireSession />, children: lazyPages.filter((p) => p.session).map((p) => p.route) },
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
