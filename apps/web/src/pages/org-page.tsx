import { Card, Col, Row } from 'antd';
import { useNavigate } from 'react-router';
import { hasPermission, useCurrentUser } from '../features/auth/api/get-me.ts';
import { OrgBrowser } from '../features/org/components/org-browser.tsx';
import { OrgUnitDetailPanel } from '../features/org/components/org-unit-detail.tsx';
import { useCurrentOrg } from '../lib/current-org.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

export default function OrgPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { scopeCode, orgCode, setOrgCode } = useCurrentOrg();

  return (
    <Row gutter={16}>
      <Col xs={24} lg={8} xl={7}>
        <Card title={t('menu.org')} size="small">
          <OrgBrowser rootCode={scopeCode} selectedCode={orgCode} onSelect={setOrgCode} />
        </Card>
      </Col>
      <Col xs={24} lg={16} xl={17}>
        <OrgUnitDetailPanel
          code={orgCode}
          scopeCode={scopeCode}
          canWritePopulation={hasPermission(me, 'population:write')}
          canReadWorkers={hasPermission(me, 'workers:read') && me.role !== 'worker'}
          onSelect={setOrgCode}
          onOpenRoster={(code) => navigate(`/workers?org=${code}`)}
        />
      </Col>
    </Row>
  );
}
