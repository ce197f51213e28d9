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
const HomePage = lazy(() => import('../pages/home-page.tsx'));
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
const TrainingPostsPage = lazy(() => import('../pages/training-posts-page.tsx'));
const TrainingMentorsPage = lazy(() => import('../pages/training-mentors-page.tsx'));
const TrainingCompetitionsPage = lazy(() => import('../pages/training-competitions-page.tsx'));
const TrainingCasesPage = lazy(() => import('../pages/training-cases-page.tsx'));
const TrainingCasePage = lazy(() => import('../pages/training-case-page.tsx'));
const AssessmentSchemesPage = lazy(() => import('../pages/assessment-schemes-page.tsx'));
const AssessmentSchemePage = lazy(() => import('../pages/assessment-scheme-page.tsx'));
const AssessmentQrCodesPage = lazy(() => import('../pages/assessment-qr-codes-page.tsx'));
const AssessmentScoringPage = lazy(() => import('../pages/assessment-scoring-page.tsx'));
const AssessmentConductPage = lazy(() => import('../pages/assessment-conduct-page.tsx'));
const SurveyPage = lazy(() => import('../pages/survey-page.tsx'));
const PublicCommunityPage = lazy(() => import('../pages/public-community-page.tsx'));
const SupervisionTalksPage = lazy(() => import('../pages/supervision-talks-page.tsx'));
const SupervisionWarningsPage = lazy(() => import('../pages/supervision-warnings-page.tsx'));
const SupervisionCommitmentsPage = lazy(() => import('../pages/supervision-commitments-page.tsx'));
const SupervisionDisclosuresPage = lazy(() => import('../pages/supervision-disclosures-page.tsx'));
const SupervisionAuditsPage = lazy(() => import('../pages/supervision-audits-page.tsx'));
const IncentivesReservePage = lazy(() => import('../pages/incentives-reserve-page.tsx'));
const IncentivesCareerEligibilityPage = lazy(() => import('../pages/incentives-career-eligibility-page.tsx'));
const IncentivesEventsPage = lazy(() => import('../pages/incentives-events-page.tsx'));
const IncentivesHealthChecksPage = lazy(() => import('../pages/incentives-health-checks-page.tsx'));
const IncentivesVisitsPage = lazy(() => import('../pages/incentives-visits-page.tsx'));
const IncentivesDifficultiesPage = lazy(() => import('../pages/incentives-difficulties-page.tsx'));
const MyDifficultiesPage = lazy(() => import('../pages/my-difficulties-page.tsx'));
const DailyInboxPage = lazy(() => import('../pages/daily-inbox-page.tsx'));
const DailyLeavePage = lazy(() => import('../pages/daily-leave-page.tsx'));
const DailyProbationPage = lazy(() => import('../pages/daily-probation-page.tsx'));
const DailyContractsPage = lazy(() => import('../pages/daily-contracts-page.tsx'));
const DailySecretaryFilingsPage = lazy(() => import('../pages/daily-secretary-filings-page.tsx'));
const DailyPlacementsPage = lazy(() => import('../pages/daily-placements-page.tsx'));
const BurdenMattersPage = lazy(() => import('../pages/burden-matters-page.tsx'));
const BurdenAssignPage = lazy(() => import('../pages/burden-assign-page.tsx'));
const BurdenCommunityPage = lazy(() => import('../pages/burden-community-page.tsx'));
const BurdenSecondmentsPage = lazy(() => import('../pages/burden-secondments-page.tsx'));
const BurdenPlatformsPage = lazy(() => import('../pages/burden-platforms-page.tsx'));
const MyLeavePage = lazy(() => import('../pages/my-leave-page.tsx'));
const DailyGridsPage = lazy(() => import('../pages/daily-grids-page.tsx'));
const DailyWorkLogsPage = lazy(() => import('../pages/daily-work-logs-page.tsx'));
const MyWorkLogPage = lazy(() => import('../pages/my-work-log-page.tsx'));
const DailyAttendancePage = lazy(() => import('../pages/daily-attendance-page.tsx'));
const DailyReportsPage = lazy(() => import('../pages/daily-reports-page.tsx'));
const MyAttendancePage = lazy(() => import('../pages/my-attendance-page.tsx'));
const MyReportsPage = lazy(() => import('../pages/my-reports-page.tsx'));
const UsersPage = lazy(() => import('../pages/users-page.tsx'));
const SessionsPage = lazy(() => import('../pages/sessions-page.tsx'));
const AuditPage = lazy(() => import('../pages/audit-page.tsx'));
const AdminApiKeysPage = lazy(() => import('../pages/admin-api-keys-page.tsx'));
const AdminSecurityPolicyPage = lazy(() => import('../pages/admin-security-policy-page.tsx'));
const NotFoundPage = lazy(() => import('../pages/not-found-page.tsx'));

const guard = (perm: Permission, page: ReactNode) => <RequirePermission perm={perm}>{page}</RequirePermission>;

export function AppRoutes() {
  return (
    <Suspense fallback={<PageSpin />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/change-password" element={<ChangePasswordPage />} />
        {/* The residents' phone survey: public, outside the auth gate, never asks for the session. */}
        <Route path="/survey/:token" element={<SurveyPage />} />
        {/* A community's commitments and duties for residents (A11.2): public like the survey. */}
        <Route path="/public/communities/:code" element={<PublicCommunityPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomeRedirect />} />
          <Route path="home" element={<HomePage />} />
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
          <Route path="training/posts" element={guard('training:read', <TrainingPostsPage />)} />
          <Route path="training/mentors" element={guard('training:read', <TrainingMentorsPage />)} />
          <Route path="training/competitions" element={guard('training:read', <TrainingCompetitionsPage />)} />
          <Route path="training/cases" element={guard('training:read', <TrainingCasesPage />)} />
          <Route path="training/cases/:id" element={guard('training:read', <TrainingCasePage />)} />
          <Route path="assessment" element={<Navigate to="/assessment/schemes" replace />} />
          <Route path="assessment/schemes" element={guard('assessment:read', <AssessmentSchemesPage />)} />
          <Route path="assessment/schemes/:id" element={guard('assessment:read', <AssessmentSchemePage />)} />
          <Route path="assessment/schemes/:id/qr-codes" element={guard('assessment:read', <AssessmentQrCodesPage />)} />
          <Route path="assessment/scoring" element={guard('assessment:read', <AssessmentScoringPage />)} />
          <Route path="assessment/conduct" element={guard('assessment:read', <AssessmentConductPage />)} />
          <Route path="incentives" element={<Navigate to="/incentives/reserve" replace />} />
          <Route path="incentives/reserve" element={guard('incentives:read', <IncentivesReservePage />)} />
          <Route path="incentives/career-eligibility" element={guard('incentives:read', <IncentivesCareerEligibilityPage />)} />
          <Route path="incentives/events" element={guard('incentives:read', <IncentivesEventsPage />)} />
          <Route path="care" element={<Navigate to="/care/difficulties" replace />} />
          <Route path="care/health-checks" element={guard('incentives:read', <IncentivesHealthChecksPage />)} />
          <Route path="care/visits" element={guard('incentives:read', <IncentivesVisitsPage />)} />
          <Route path="care/difficulties" element={guard('incentives:read', <IncentivesDifficultiesPage />)} />
          <Route path="burden" element={<Navigate to="/burden/matters" replace />} />
          <Route path="burden/matters" element={guard('burden:read', <BurdenMattersPage />)} />
          <Route path="burden/assign" element={guard('burden:read', <BurdenAssignPage />)} />
          <Route path="burden/community" element={guard('burden:read', <BurdenCommunityPage />)} />
          <Route path="burden/secondments" element={guard('burden:secondment', <BurdenSecondmentsPage />)} />
          <Route path="burden/platforms" element={guard('burden:read', <BurdenPlatformsPage />)} />
          {/* The worker's own phone page, guarded like their own record (workers:read); it serves workers only. */}
          <Route path="my/difficulties" element={guard('workers:read', <MyDifficultiesPage />)} />
          <Route path="my/leave" element={guard('workers:read', <MyLeavePage />)} />
          <Route path="my/work-log" element={guard('workers:read', <MyWorkLogPage />)} />
          <Route path="my/attendance" element={guard('workers:read', <MyAttendancePage />)} />
          {/* The secretary also files for the community from the phone page; RequireAuth is enough, the page checks the role. */}
          <Route path="my/reports" element={<MyReportsPage />} />
          <Route path="supervision" element={<Navigate to="/supervision/commitments" replace />} />
          <Route path="supervision/talks" element={guard('supervision:talks', <SupervisionTalksPage />)} />
          <Route path="supervision/warnings" element={guard('supervision:talks', <SupervisionWarningsPage />)} />
          <Route path="supervision/commitments" element={guard('supervision:read', <SupervisionCommitmentsPage />)} />
          <Route path="supervision/disclosures" element={guard('supervision:read', <SupervisionDisclosuresPage />)} />
          <Route path="supervision/audits" element={guard('supervision:read', <SupervisionAuditsPage />)} />
          <Route path="daily" element={<Navigate to="/daily/inbox" replace />} />
          <Route path="daily/inbox" element={guard('daily:manage', <DailyInboxPage />)} />
          <Route path="daily/leave" element={guard('daily:manage', <DailyLeavePage />)} />
          <Route path="daily/probation" element={guard('daily:manage', <DailyProbationPage />)} />
          <Route path="daily/contracts" element={guard('daily:manage', <DailyContractsPage />)} />
          <Route path="daily/secretary-filings" element={guard('daily:manage', <DailySecretaryFilingsPage />)} />
          <Route path="daily/placements" element={guard('daily:manage', <DailyPlacementsPage />)} />
          <Route path="daily/grids" element={guard('daily:manage', <DailyGridsPage />)} />
          <Route path="daily/work-logs" element={guard('daily:manage', <DailyWorkLogsPage />)} />
          <Route path="daily/attendance" element={guard('daily:manage', <DailyAttendancePage />)} />
          <Route path="daily/reports" element={guard('daily:manage', <DailyReportsPage />)} />
          <Route path="stats" element={guard('stats:read', <StatsPage />)} />
          <Route path="admin" element={<Navigate to="/" replace />} />
          {/* Two administrators share the accounts page (三员分立); the page checks users:manage or roles:manage. */}
          <Route path="admin/users" element={<UsersPage />} />
          <Route path="account/sessions" element={<SessionsPage />} />
          <Route path="admin/security-policy" element={guard('policy:manage', <AdminSecurityPolicyPage />)} />
          <Route path="admin/audit" element={guard('audit:read', <AuditPage />)} />
          <Route path="admin/open-data" element={guard('openapi:manage', <AdminApiKeysPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
