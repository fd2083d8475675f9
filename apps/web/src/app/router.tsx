import type { ComponentType } from 'react';
import { createBrowserRouter, Outlet, redirect, type RouteObject } from 'react-router';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { AdminLayout } from './layout/admin-layout';
import { AppLayout } from './layout/app-layout';
import { ConflictProvider } from '../lib/conflict/conflict-provider';
import { RequireAuth, RequirePermission } from './layout/require-auth';
import { NotFound } from './layout/not-found';
import { PageLoading, RootLayout } from './layout/root-layout';
import type { PageTitleKey, RouteHandle } from './page-titles';

/**
 * Each page is its own chunk, loaded on first visit: Chart.js and the dashboard stay out of the
 * sign-in and review pages' download.
 */
function page<TModule extends Record<string, unknown>>(
  load: () => Promise<TModule>,
  exportName: keyof TModule & string,
) {
  return async () => ({ Component: (await load())[exportName] as ComponentType });
}

const titled = (title: PageTitleKey): RouteHandle => ({ title });

const appRoutes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage />, handle: titled('signIn') },
  {
    element: (
      <RequireAuth>
        <ConflictProvider>
          <AppLayout />
        </ConflictProvider>
      </RequireAuth>
    ),
    children: [
      // Redirects in loaders, before anything renders: a <Navigate> would race ConflictProvider's URL write.
      { index: true, loader: () => redirect('/dashboard'), Component: RedirectsInItsLoader },
      {
        path: 'dashboard',
        handle: titled('dashboard'),
        lazy: page(() => import('../features/dashboard/components/dashboard-page'), 'DashboardPage'),
      },
      {
        path: 'compare',
        handle: titled('compare'),
        lazy: page(() => import('../features/compare/components/compare-page'), 'ComparePage'),
      },
      {
        path: 'map',
        handle: titled('map'),
        lazy: page(() => import('../features/map/components/map-page'), 'MapPage'),
      },
      {
        path: 'claims',
        handle: titled('claims'),
        lazy: page(() => import('../features/claims/components/claims-page'), 'ClaimsPage'),
      },
      {
        path: 'claims/:id',
        handle: titled('claim'),
        lazy: page(() => import('../features/claims/components/claim-detail-page'), 'ClaimDetailPage'),
      },
      {
        path: 'articles',
        handle: titled('articles'),
        lazy: page(() => import('../features/articles/components/articles-page'), 'ArticlesPage'),
      },
      {
        path: 'articles/new',
        handle: titled('newArticle'),
        element: (
          <RequirePermission permission="edit">
            <Outlet />
          </RequirePermission>
        ),
        children: [
          {
            index: true,
            lazy: page(() => import('../features/articles/components/new-article-page'), 'NewArticlePage'),
          },
        ],
      },
      {
        path: 'articles/:id',
        handle: titled('article'),
        lazy: page(() => import('../features/articles/components/article-detail-page'), 'ArticleDetailPage'),
      },
      {
        path: 'sources',
        handle: titled('sources'),
        lazy: page(() => import('../features/sources/components/sources-page'), 'SourcesPage'),
      },
      {
        path: 'feeds',
        handle: titled('feeds'),
        lazy: page(() => import('../features/feeds/components/feeds-page'), 'FeedsPage'),
      },
      {
        path: 'exports',
        handle: titled('exports'),
        lazy: page(() => import('../features/exports/components/exports-page'), 'ExportsPage'),
      },
      {
        path: 'admin',
        element: (
          <RequirePermission permission="admin">
            <AdminLayout />
          </RequirePermission>
        ),
        children: [
          { index: true, loader: () => redirect('/admin/users'), Component: RedirectsInItsLoader },
          {
            path: 'users',
            handle: titled('users'),
            lazy: page(() => import('../features/users/components/users-page'), 'UsersPage'),
          },
          {
            path: 'narratives',
            handle: titled('narratives'),
            lazy: page(() => import('../features/narratives/components/narratives-page'), 'NarrativesPage'),
          },
          {
            path: 'audit',
            handle: titled('audit'),
            lazy: page(() => import('../features/audit/components/audit-page'), 'AuditPage'),
          },
          {
            path: 'extraction-quality',
            handle: titled('extractionQuality'),
            lazy: page(
              () => import('../features/extraction-quality/components/extraction-quality-page'),
              'ExtractionQualityPage',
            ),
          },
          {
            path: 'conflicts',
            handle: titled('conflicts'),
            lazy: page(() => import('../features/conflicts/components/conflicts-page'), 'ConflictsPage'),
          },
        ],
      },
      { path: '*', element: <NotFound />, handle: titled('notFound') },
    ],
  },
];

/**
 * The element of a route whose loader redirects: it never shows, but a leaf route without one makes
 * react-router warn ("does not have an element") while the redirect is pending.
 */
function RedirectsInItsLoader(): null {
  return null;
}

export const routes: RouteObject[] = [{ element: <RootLayout />, HydrateFallback: PageLoading, children: appRoutes }];

export function createRouter() {
  return createBrowserRouter(routes);
}
