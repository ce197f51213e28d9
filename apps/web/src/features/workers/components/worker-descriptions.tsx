import type { ReactNode } from 'react';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import type { WorkerDetail } from '@cwp/contracts/workers.contract';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnumText } from '../../../i18n/enum-labels.ts';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { WorkerStatusTag } from './worker-status-tag.tsx';

interface Props {
  worker: WorkerDetail;
  canReveal: boolean;
  revealing: boolean;
  onReveal: () => void;
}

type Row = [MessageKey, ReactNode];

/** The archive card: one Descriptions block per section of the registration form. */
export function WorkerDescriptions({ worker: w, canReveal, revealing, onReveal }: Props) {
  const { t } = useI18n();
  const et = useEnumText();
  const dash = (v: ReactNode) => (v === null || v === undefined || v === '' ? '—' : v);
  const yesNo = (v: boolean | null) => (v === null ? '—' : v ? t('common.yes') : t('common.no'));

  const idCell = (
    <Space wrap>
      <Typography.Text code data-testid="worker-id-number">
        {w.idNumber}
      </Typography.Text>
      {canReveal && !w.idNumberRevealed ? (
        <Button size="small" icon={<EyeOutlined />} loading={revealing} onClick={onReveal}>
          {t('workers.reveal')}
        </Button>
      ) : null}
    </Space>
  );

  const sections: { key: string; title: MessageKey; rows: Row[] }[] = [
    {
      key: 'basic',
      title: 'workers.section.basic',
      rows: [
        ['workers.name', w.name],
        ['workers.idNumber', idCell],
        ['workers.gender', et(w.gender)],
        ['workers.birthDate', w.birthDate],
        ['workers.age', w.age],
        ['workers.ethnicity', et(w.ethnicity)],
        ['workers.politicalStatus', et(w.politicalStatus)],
        ['workers.partyJoinDate', dash(w.partyJoinDate)],
        ['workers.phone', dash(w.phone)],
        ['workers.nativePlace', dash(w.nativePlace)],
        ['workers.livesInCommunity', yesNo(w.livesInCommunity)],
      ],
    },
    {
      key: 'education',
      title: 'workers.section.education',
      rows: [
        ['workers.education', et(w.education)],
        ['workers.fullTimeSchool', dash(w.fullTimeSchool)],
        ['workers.fullTimeMajor', dash(w.fullTimeMajor)],
        ['workers.inServiceEducation', dash(et(w.inServiceEducation))],
        ['workers.inServiceSchool', dash(w.inServiceSchool)],
        ['workers.inServiceMajor', dash(w.inServiceMajor)],
      ],
    },
    {
      key: 'qualification',
      title: 'workers.section.qualification',
      rows: [
        ['workers.swQualification', et(w.swQualification)],
        ['workers.swCertNo', dash(w.swCertNo)],
        ['workers.swCertDate', dash(w.swCertDate)],
      ],
    },
    {
      key: 'post',
      title: 'workers.section.post',
      rows: [
        ['workers.street', w.streetName],
        ['workers.community', w.communityName],
        ['workers.category', et(w.category)],
        ['workers.postClass', et(w.postClass)],
        [
          'workers.positions',
          w.positions.length ? (
            <Space size={[0, 4]} wrap>
              {w.positions.map((p) => (
                <Tag key={p}>{et(p)}</Tag>
              ))}
              {w.oneShoulder ? <Tag color="red">{t('workers.oneShoulder')}</Tag> : null}
            </Space>
          ) : (
            '—'
          ),
        ],
        ['workers.recruitLevel', dash(et(w.recruitLevel))],
        ['workers.sourceChannel', et(w.sourceChannel)],
        ['workers.formerFundingDept', dash(w.formerFundingDept)],
        ['workers.workStartDate', w.workStartDate],
        ['workers.communityStartDate', w.communityStartDate],
        ['workers.status', <WorkerStatusTag key="s" status={w.status} />],
      ],
    },
    {
      key: 'contract',
      title: 'workers.section.contract',
      rows: [
        ['workers.contractStart', dash(w.contractStart)],
        ['workers.contractEnd', dash(w.contractEnd)],
        ['workers.probationEnd', dash(w.probationEnd)],
      ],
    },
  ];
  if (w.exitType || w.exitDate) {
    sections.push({
      key: 'exit',
      title: 'workers.section.exit',
      rows: [
        ['workers.exitType', et(w.exitType)],
        ['workers.exitDate', dash(w.exitDate)],
        ['workers.exitReason', dash(w.exitReason)],
      ],
    });
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {sections.map((s) => (
        <Card key={s.key} size="small" title={t(s.title)}>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={s.rows.map(([label, value]) => ({ key: label, label: t(label), children: value }))} />
        </Card>
      ))}
    </Space>
  );
}
