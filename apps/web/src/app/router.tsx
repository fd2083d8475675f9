import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { ComparePage } from '../features/compare/components/compare-page';
import { ExportsPage } from '../features/exports/components/exports-page';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { ClaimsPage } from '../features/claims/components/claims-page';
import { ClaimDetailPage } from '../features/claims/components/claim-detail-page';
import { ArticlesPage } from '../features/articles/components/articles-page';
import { NewArticlePage } from '../features/articles/components/new-article-page';
import { ArticleDetailPage } from '../features/articles/components/article-detail-page';
import { SourcesPage } from '../features/sources/components/sources-page';
import { UsersPage } from '../features/users/components/users-page';
import { NarrativesPage } from '../features/narratives/components/narratives-page';
import { AuditPage } from '../features/audit/components/audit-page';
import { AdminLayout } from './layout/admin-layout';
import { AppLayout } from './layout/app-layout';
import { RequireAuth, RequirePermission } from './layout/require-auth';
import { NotFound } from './layout/not-found';

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'compare', element: <ComparePage /> },
      { path: 'claims', element: <ClaimsPage /> },
      { path: 'claims/:id', element: <ClaimDetailPage /> },
      { path: 'articles', element: <ArticlesPage /> },
      {
        path: 'articles/new',
        element: (
          <RequirePermission permission="edit">
            <NewArticlePage />
          </RequirePermission>
        ),
      },
      { path: 'articles/:id', element: <ArticleDetailPage /> },
      { path: 'sources', element: <SourcesPage /> },
      { path: 'exports', element: <ExportsPage /> },
      {
        path: 'admin',
        element: (
          <RequirePermission permission="admin">
            <AdminLayout />
          </RequirePermission>
        ),
        children: [
          { index: true, element: <Navigate to="/admin/users" replace /> },
          { path: 'users', element: <UsersPage /> },
          { path: 'narratives', element: <NarrativesPage /> },
          { path: 'audit', element: <AuditPage /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
