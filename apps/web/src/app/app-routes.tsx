import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { Permission } from '@cwp/contracts/auth.contract';
import { PageSpin } from './page-spin.tsx';
import { RequireAuth } from './require-auth.tsx';
import { RequirePermission } from './require-permission.tsx';

// One chunk per page: antd's heavy components load only where they are used.
const LoginPage = lazy(() => import('../pages/login-page.tsx'));
const ChangePasswordPage = lazy(() => import('../pages/change-password-page.tsx'));
const HomeRedirect = lazy(() => import('../pages/home-redirect.tsx'));
const OrgPage = lazy(() => import('../pages/org-page.tsx'));
const RosterPage = lazy(() => import('../pages/roster-page.tsx'));
const WorkerDetailPage = lazy(() => import('../pages/worker-detail-page.tsx'));
const ImportPage = lazy(() => import('../pages/import-page.tsx'));
const WorkerNewPage = lazy(() => import('../pages/worker-new-page.tsx'));
const WorkerEditPage = lazy(() => import('../pages/worker-edit-page.tsx'));
const StaffingPage = lazy(() => import('../pages/staffing-page.tsx'));
const StaffingAllocationPage = lazy(() => import('../pages/staffing-allocation-page.tsx'));
const StatsPage = lazy(() => import('../pages/stats-page.tsx'));
const GradingPacksPage = lazy(() => import('../pages/grading-packs-page.tsx'));
const GradingAdvancementPage = lazy(() => import('../pages/grading-advancement-page.tsx'));
const GradingPaySheetPage = lazy(() => import('../pages/grading-paysheet-page.tsx'));
const GradingBudgetPage = lazy(() => import('../pages/grading-budget-page.tsx'));
const GradingSpecialAllowancesPage = lazy(() => import('../pages/grading-special-allowances-page.tsx'));
const TrainingProgrammesPage = lazy(() => import('../pages/training-programmes-page.tsx'));
const TrainingProgrammePage = lazy(() => import('../pages/training-programme-page.tsx'));
const TrainingCompliancePage = lazy(() => import('../pages/training-compliance-page.tsx'));
const TrainingTrainersPage = lazy(() => import('../pages/training-trainers-page.tsx'));
const TrainingResourcesPage = lazy(() => import('../pages/training-resources-page.tsx'));
const UsersPage = lazy(() => import('../pages/users-page.tsx'));
const AuditPage = lazy(() => import('../pages/audit-page.tsx'));
const NotFoundPage = lazy(() => import('../pages/not-found-page.tsx'));

const guard = (perm: Permission, page: ReactNode) => <RequirePermission perm={perm}>{page}</RequirePermission>;

export function AppRoutes() {
  return (
    <Suspense fallback={<PageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/change-password" element={<ChangePasswordPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomeRedirect />} />
          <Route path="org" element={guard('org:read', <OrgPage />)} />
          <Route path="workers" element={guard('workers:read', <RosterPage />)} />
          <Route path="workers/import" element={guard('workers:import', <ImportPage />)} />
          <Route path="workers/new" element={guard('workers:write', <WorkerNewPage />)} />
          <Route path="workers/:id" element={guard('workers:read', <WorkerDetailPage />)} />
          <Route path="workers/:id/edit" element={guard('workers:write', <WorkerEditPage />)} />
          <Route path="staffing" element={guard('staffing:read', <StaffingPage />)} />
          <Route path="staffing/allocation" element={guard('staffing:read', <StaffingAllocationPage />)} />
          <Route path="grading" element={guard('grading:read', <GradingPacksPage />)} />
          <Route path="grading/advancement" element={guard('grading:advance', <GradingAdvancementPage />)} />
          <Route path="grading/paysheet" element={guard('grading:read', <GradingPaySheetPage />)} />
          <Route path="grading/budget" element={guard('grading:read', <GradingBudgetPage />)} />
          <Route path="grading/special-allowances" element={guard('grading:read', <GradingSpecialAllowancesPage />)} />
          <Route path="training" element={<Navigate to="/training/programmes" replace />} />
          <Route path="training/programmes" element={guard('training:read', <TrainingProgrammesPage />)} />
          <Route path="training/programmes/:id" element={guard('training:read', <TrainingProgrammePage />)} />
          <Route path="training/compliance" element={guard('training:read', <TrainingCompliancePage />)} />
          <Route path="training/trainers" element={guard('training:read', <TrainingTrainersPage />)} />
          <Route path="training/resources" element={guard('training:read', <TrainingResourcesPage />)} />
          <Route path="stats" element={guard('stats:read', <StatsPage />)} />
          <Route path="admin" element={<Navigate to="/" replace />} />
          <Route path="admin/users" element={guard('users:manage', <UsersPage />)} />
          <Route path="admin/audit" element={guard('audit:read', <AuditPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
