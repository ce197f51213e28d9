import { Suspense, useEffect, useMemo } from 'react';
import { Layout, Menu, type MenuProps } from 'antd';
import { ApartmentOutlined, AuditOutlined, BarChartOutlined, ClusterOutlined, IdcardOutlined, ImportOutlined, MoneyCollectOutlined, ReadOutlined, SettingOutlined, TeamOutlined, TrophyOutlined, UserOutlined } from '@ant-design/icons';
import { HeartOutlined, MessageOutlined } from '@ant-design/icons';
import { CalendarOutlined, DashboardOutlined, ScheduleOutlined } from '@ant-design/icons';
import { FieldTimeOutlined, FileTextOutlined } from '@ant-design/icons';
import { EyeOutlined } from '@ant-design/icons';
import { FormOutlined } from '@ant-design/icons';
import { ScissorOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { levelOfCode } from '@cwp/domain/division-code';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AppHeader } from './app-header.tsx';
import { AppErrorBoundary } from './error-boundary.tsx';
import { PageSpin } from './page-spin.tsx';

type MenuItem = Required<MenuProps>['items'][number];

export function AppLayout() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const { orgCode, setOrgCode } = useCurrentOrg();
  const atStreet = levelOfCode(orgCode) === 'street';

  // A link such as /workers?org=370902004 sets the working node (e.g. from the org page's worker count).
  const urlOrg = params.get('org');
  useEffect(() => {
    if (urlOrg !== null && /^\d{0,12}$/.test(urlOrg)) setOrgCode(urlOrg);
  }, [urlOrg, setOrgCode]);

  // Only modules that exist and that this user may use get a menu entry (ui-map.md).
  const items = useMemo<MenuItem[]>(() => {
    const out: MenuItem[] = [];
    if (hasPermission(me, 'org:read')) out.push({ key: '/home', icon: <DashboardOutlined />, label: t('menu.home') });
    if (hasPermission(me, 'org:read')) out.push({ key: '/org', icon: <ApartmentOutlined />, label: t('menu.org') });
    const people: MenuItem[] = [];
    if (me.role === 'worker' && me.workerId) people.push({ key: `/workers/${me.workerId}`, icon: <IdcardOutlined />, label: t('menu.myRecord') });
    else if (hasPermission(me, 'workers:read')) people.push({ key: '/workers', icon: <TeamOutlined />, label: t('menu.roster') });
    if (hasPermission(me, 'workers:import')) people.push({ key: '/workers/import', icon: <ImportOutlined />, label: t('menu.import') });
    if (people.length) out.push({ key: 'people', icon: <UserOutlined />, label: t('menu.people'), children: people });
    if (hasPermission(me, 'staffing:read')) {
      const staffing: MenuItem[] = [{ key: '/staffing', label: t('menu.staffingOverview') }];
      // Re-allocation is planned by a street among its communities: offered only when a street is the working node.
      if (atStreet) staffing.push({ key: '/staffing/allocation', label: t('menu.allocation') });
      out.push({ key: 'staffing', icon: <ClusterOutlined />, label: t('menu.staffing'), children: staffing });
    }
    if (hasPermission(me, 'grading:read')) {
      const grading: MenuItem[] = [{ key: '/grading', label: t('menu.gradingPacks') }];
      if (hasPermission(me, 'grading:advance')) grading.push({ key: '/grading/advancement', label: t('menu.advancement') });
      grading.push({ key: '/grading/paysheet', label: t('menu.paySheet') });
      grading.push({ key: '/grading/special-allowances', label: t('menu.specialAllowances') });
      grading.push({ key: '/grading/budget', label: t('menu.budget') });
      out.push({ key: 'grading', icon: <MoneyCollectOutlined />, label: t('menu.grading'), children: grading });
    }
    if (hasPermission(me, 'training:read')) {
      const training: MenuItem[] = [
        { key: '/training/programmes', label: t('menu.trainingProgrammes') },
        { key: '/training/compliance', label: t('menu.trainingCompliance') },
        { key: '/training/trainers', label: t('trainers.menu') },
        { key: '/training/resources', label: t('resources.menu') },
        { key: '/training/posts', label: t('menu.posts') },
        { key: '/training/mentors', label: t('menu.mentors') },
        { key: '/training/competitions', label: t('menu.competitions') },
        { key: '/training/cases', label: t('menu.cases') },
      ];
      out.push({ key: 'training', icon: <ReadOutlined />, label: t('menu.training'), children: training });
    }
    if (hasPermission(me, 'assessment:read')) {
      const assessment: MenuItem[] = [
        { key: '/assessment/schemes', label: t('menu.assessmentSchemes') },
        { key: '/assessment/scoring', label: t('menu.assessmentScoring') },
        { key: '/assessment/conduct', label: t('menu.assessmentConduct') },
      ];
      out.push({ key: 'assessment', icon: <TrophyOutlined />, label: t('menu.assessment'), children: assessment });
    }
    if (hasPermission(me, 'incentives:read')) {
      const incentives: MenuItem[] = [
        { key: '/incentives/reserve', label: t('menu.reserve') },
        { key: '/incentives/career-eligibility', label: t('menu.careerEligibility') },
        { key: '/incentives/events', label: t('menu.careerEvents') },
        { key: '/care/health-checks', label: t('menu.healthChecks') },
        { key: '/care/visits', label: t('menu.visits') },
        { key: '/care/difficulties', label: t('menu.difficulties') },
      ];
      out.push({ key: 'incentives', icon: <HeartOutlined />, label: t('menu.incentives'), children: incentives });
    }
    if (hasPermission(me, 'daily:manage')) {
      const daily: MenuItem[] = [
        { key: '/daily/inbox', label: t('menu.inbox') },
        { key: '/daily/leave', label: t('menu.leave') },
        { key: '/daily/probation', label: t('menu.probation') },
        { key: '/daily/contracts', label: t('menu.contracts') },
        { key: '/daily/secretary-filings', label: t('menu.filings') },
        { key: '/daily/placements', label: t('menu.placements') },
        { key: '/daily/attendance', label: t('menu.attendance') },
        { key: '/daily/reports', label: t('menu.reports') },
        { key: '/daily/grids', label: t('menu.grids') },
        { key: '/daily/work-logs', label: t('menu.workLogs') },
      ];
      out.push({ key: 'daily', icon: <ScheduleOutlined />, label: t('menu.daily'), children: daily });
    }
    if (hasPermission(me, 'supervision:read')) {
      // Talks and the warning list built from them are for supervision:talks only (A11.1).
      const supervision: MenuItem[] = [];
      if (hasPermission(me, 'supervision:talks')) supervision.push({ key: '/supervision/talks', label: t('menu.talks') }, { key: '/supervision/warnings', label: t('menu.warnings') });
      supervision.push({ key: '/supervision/commitments', label: t('menu.commitments') }, { key: '/supervision/disclosures', label: t('menu.disclosures') }, { key: '/supervision/audits', label: t('menu.audits') });
      out.push({ key: 'supervision', icon: <EyeOutlined />, label: t('menu.supervision'), children: supervision });
    }
    if (hasPermission(me, 'burden:read')) {
      // A department (职能部门) sees the list and assignment only; the rest is for those who record or manage.
      const records = hasPermission(me, 'burden:record') || hasPermission(me, 'burden:manage');
      const burden: MenuItem[] = [
        { key: '/burden/matters', label: t('menu.burdenMatters') },
        { key: '/burden/assign', label: t('menu.burdenAssign') },
        ...(records ? [{ key: '/burden/community', label: t('menu.burdenCommunity') }] : []),
        ...(hasPermission(me, 'burden:secondment') ? [{ key: '/burden/secondments', label: t('menu.burdenSecondments') }] : []),
        ...(records ? [{ key: '/burden/platforms', label: t('menu.burdenPlatforms') }] : []),
      ];
      out.push({ key: 'burden', icon: <ScissorOutlined />, label: t('menu.burden'), children: burden });
    }
    // A worker raises their own difficulties on a phone-sized page (A14.1).
    if (me.role === 'worker' && me.workerId) out.push({ key: '/my/difficulties', icon: <MessageOutlined />, label: t('menu.myDifficulties') });
    // …and asks for leave on another (A9.2).
    if (me.role === 'worker' && me.workerId) out.push({ key: '/my/leave', icon: <CalendarOutlined />, label: t('menu.myLeave') });
    // …checks in and out, and files 请示报告 to the street (A9.2); the secretary files for the community too.
    if (me.role === 'worker' && me.workerId) out.push({ key: '/my/attendance', icon: <FieldTimeOutlined />, label: t('menu.myAttendance') });
    if ((me.role === 'worker' && me.workerId) || me.role === 'community_secretary') out.push({ key: '/my/reports', icon: <FileTextOutlined />, label: t('menu.myReports') });
    // …and records home visits, proxy services and first inquiries (A9.1).
    if (me.role === 'worker' && me.workerId) out.push({ key: '/my/work-log', icon: <FormOutlined />, label: t('menu.myWorkLog') });
    if (hasPermission(me, 'stats:read')) out.push({ key: '/stats', icon: <BarChartOutlined />, label: t('menu.stats') });
    const admin: MenuItem[] = [];
    if (hasPermission(me, 'users:manage') || hasPermission(me, 'roles:manage')) admin.push({ key: '/admin/users', label: t('menu.users') });
    if (hasPermission(me, 'policy:manage')) admin.push({ key: '/admin/security-policy', label: t('menu.securityPolicy') });
    if (hasPermission(me, 'audit:read')) admin.push({ key: '/admin/audit', icon: <AuditOutlined />, label: t('menu.audit') });
    if (hasPermission(me, 'openapi:manage')) admin.push({ key: '/admin/open-data', label: t('menu.openData') });
    if (admin.length) out.push({ key: 'admin', icon: <SettingOutlined />, label: t('menu.admin'), children: admin });
    return out;
  }, [me, t, atStreet]);

  const path = location.pathname;
  const selected =
    path === '/workers/import'
      ? path
      : path.startsWith('/workers/') && me.role !== 'worker'
        ? '/workers'
        : path.startsWith('/training/programmes/') || path.startsWith('/training/cases/')
          ? path.split('/').slice(0, 3).join('/')
          : path.startsWith('/assessment/schemes/')
            ? '/assessment/schemes'
            : path.startsWith('/admin/') || path.startsWith('/staffing/') || path.startsWith('/grading/') || path.startsWith('/training/') || path.startsWith('/assessment/') || path.startsWith('/incentives/') || path.startsWith('/care/') || path.startsWith('/daily/') || path.startsWith('/burden/') || path.startsWith('/supervision/')
              ? path
              : '/' + (path.split('/')[1] ?? '');
  const selectedKey = me.role === 'worker' && path.startsWith('/workers/') ? `/workers/${me.workerId}` : selected;

  // Phone-sized pages (ui-map.md) bring their own small header instead of the desktop menu and header.
  if (path.startsWith('/my/')) {
    return (
      <AppErrorBoundary>
        <Suspense fallback={<PageSpin />}>
          <Outlet />
        </Suspense>
      </AppErrorBoundary>
    );
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} breakpoint="lg" collapsedWidth={56} theme="dark" className="app-sider">
        <div style={{ color: '#fff', fontWeight: 600, padding: '18px 16px', fontSize: 15, lineHeight: 1.3 }}>{t('app.shortTitle')}</div>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={[selectedKey]}
          defaultOpenKeys={['people', 'staffing', 'grading', 'training', 'assessment', 'incentives', 'daily', 'supervision', 'burden', 'admin']}
          onClick={(e) => navigate(e.key)}
        />
      </Layout.Sider>
      <Layout>
        <AppHeader />
        <Layout.Content style={{ padding: 20, minWidth: 0 }} className="app-content">
          <AppErrorBoundary>
            <Suspense fallback={<PageSpin />}>
              <Outlet />
            </Suspense>
          </AppErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
