import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { Spin } from 'antd';
import { HomePage } from '../pages/home/home-page';
import { NotFoundPage } from '../pages/not-found/not-found-page';
import { SignInPage } from '../pages/sign-in/sign-in-page';
import { RequireArea } from './auth/require-area';
import { RequireAuth } from './auth/require-auth';
import { RequirePermission } from './auth/require-permission';
import { AppLayout } from './layout/app-layout';

// Administration screens are split out: most users never open them.
const UsersPage = lazy(() => import('../pages/admin/users-page'));
const RolesPage = lazy(() => import('../pages/admin/roles-page'));
const OrgUnitsPage = lazy(() => import('../pages/admin/org-units-page'));
const ApiKeysPage = lazy(() => import('../pages/admin/api-keys-page'));
const CustomersPage = lazy(() => import('../pages/customers/customers-page'));
const CustomerPage = lazy(() => import('../pages/customers/customer-page'));
const ApprovalsPage = lazy(() => import('../pages/customers/approvals-page'));
const PublicPoolPage = lazy(() => import('../pages/customers/public-pool-page'));
const CustomerImportPage = lazy(() => import('../pages/customers/customer-import-page'));
const ReviewPage = lazy(() => import('../pages/customers/review-page'));
const DataQualityPage = lazy(() => import('../pages/customers/data-quality-page'));
const ContactsPage = lazy(() => import('../pages/customers/contacts-page'));
const ContactImportPage = lazy(() => import('../pages/customers/contact-import-page'));
const DocumentLibraryPage = lazy(() => import('../pages/library/document-library-page'));
const CustomerSettingsPage = lazy(() => import('../pages/customers/customer-settings-page'));

const loading = (page: ReactNode) => <Suspense fallback={<Spin />}>{page}</Suspense>;

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'customers', element: <RequirePermission recordType="customer" action="view">{loading(<CustomersPage />)}</RequirePermission> },
          { path: 'customers/approvals', element: <RequirePermission recordType="customer" action="admin">{loading(<ApprovalsPage />)}</RequirePermission> },
          { path: 'customers/pool', element: <RequirePermission recordType="customer" action="view">{loading(<PublicPoolPage />)}</RequirePermission> },
          { path: 'customers/import', element: <RequirePermission recordType="customer" action="create">{loading(<CustomerImportPage />)}</RequirePermission> },
          { path: 'customers/review', element: <RequirePermission recordType="interaction" action="edit">{loading(<ReviewPage />)}</RequirePermission> },
          { path: 'customers/data-quality', element: <RequirePermission recordType="customer" action="view">{loading(<DataQualityPage />)}</RequirePermission> },
          { path: 'contacts', element: <RequirePermission recordType="contact" action="view">{loading(<ContactsPage />)}</RequirePermission> },
          { path: 'contacts/import', element: <RequirePermission recordType="contact" action="create">{loading(<ContactImportPage />)}</RequirePermission> },
          { path: 'customers/settings', element: <RequirePermission recordType="customer" action="admin">{loading(<CustomerSettingsPage />)}</RequirePermission> },
          { path: 'customers/:id', element: <RequirePermission recordType="customer" action="view">{loading(<CustomerPage />)}</RequirePermission> },
          { path: 'library', element: <RequirePermission recordType="library_document" action="view">{loading(<DocumentLibraryPage />)}</RequirePermission> },
          { path: 'admin', element: <Navigate to="/admin/users" replace /> },
          { path: 'admin/users', element: <RequireArea area="users">{loading(<UsersPage />)}</RequireArea> },
          { path: 'admin/roles', element: <RequireArea area="roles">{loading(<RolesPage />)}</RequireArea> },
          { path: 'admin/org-units', element: <RequireArea area="orgUnits">{loading(<OrgUnitsPage />)}</RequireArea> },
          { path: 'admin/api-keys', element: <RequireArea area="apiKeys">{loading(<ApiKeysPage />)}</RequireArea> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
