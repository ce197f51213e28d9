import type { ReactElement, ReactNode } from 'react';
import { Card, Col, DatePicker, Form, Input, Row, Select, Space, type FormInstance } from 'antd';
import {
  POSITIONS,
  POST_CLASSES,
  RECRUIT_LEVELS,
  SOURCE_CHANNELS,
  SW_QUALIFICATIONS,
  WORKER_CATEGORIES,
  postClassSuggestion,
} from '@cwp/domain/worker-enums';
import { EDUCATION_LEVELS, ETHNIC_GROUPS, POLITICAL_STATUSES, isCpcMember } from '@cwp/domain/code-tables';
import { parseIdNumber } from '@cwp/domain/id-number';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEnumOptions } from '../../../i18n/enum-labels.ts';
import type { MessageKey } from '../../../i18n/messages-zh.ts';
import { IdNumberInput } from './id-number-input.tsx';

export type OrgPickerLevel = 'street' | 'community';
export type RenderOrgPicker = (o: { level: OrgPickerLevel; rootCode: string; disabled: boolean; placeholder: string }) => ReactElement;

const ETHNIC_VALUES = ETHNIC_GROUPS.map((e) => e.label);
const POLITICAL_VALUES = POLITICAL_STATUSES.map((e) => e.label);
const EDUCATION_VALUES = EDUCATION_LEVELS.map((e) => e.label);
const ACTIVE_STATUSES = ['试用', '在岗', '离岗'] as const;

interface SectionsProps {
  form: FormInstance;
  mode: 'create' | 'edit';
  scopeCode: string;
  renderOrgPicker: RenderOrgPicker;
  /** Read-only place of an existing worker (changed only by transfer). */
  placeText?: string;
  /** Editing without the revealed ID number/phone: those fields stay locked. */
  masked?: boolean;
}

function Field({ name, label, required, children, span = 8, extra }: { name: string; label: string; required?: boolean; children: ReactNode; span?: number; extra?: ReactNode }) {
  return (
    <Col xs={24} md={12} xl={span}>
      <Form.Item name={name} label={label} required={required} extra={extra}>
        {children}
      </Form.Item>
    </Col>
  );
}

export function WorkerFormSections({ form, mode, scopeCode, renderOrgPicker, placeText, masked }: SectionsProps) {
  const { t, lang } = useI18n();
  const L = (k: MessageKey) => t(k);
  const choose = t('form.choose');
  const sel = (options: { value: string; label: string }[], extra: Record<string, unknown> = {}) => (
    <Select options={options} placeholder={choose} allowClear showSearch={{ optionFilterProp: 'label' }} {...extra} />
  );
  const date = <DatePicker style={{ width: '100%' }} />;

  const ethnicities = useEnumOptions(ETHNIC_VALUES);
  const politicals = useEnumOptions(POLITICAL_VALUES);
  const educations = useEnumOptions(EDUCATION_VALUES);
  const quals = useEnumOptions(SW_QUALIFICATIONS);
  const categories = useEnumOptions(WORKER_CATEGORIES);
  const postClasses = useEnumOptions(POST_CLASSES);
  const positions = useEnumOptions(POSITIONS);
  const recruitLevels = useEnumOptions(RECRUIT_LEVELS);
  const sources = useEnumOptions(SOURCE_CHANNELS);
  const statuses = useEnumOptions(ACTIVE_STATUSES);

  const streetCode = Form.useWatch('streetCode', form) as string | undefined;
  const political = Form.useWatch('politicalStatus', form) as string | undefined;
  const source = Form.useWatch('sourceChannel', form) as string | undefined;
  const qual = Form.useWatch('swQualification', form) as string | undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('workers.section.basic')}>
        <Row gutter={16}>
          <Field name="name" label={L('workers.name')} required>
            <Input maxLength={30} autoComplete="off" />
          </Field>
          <Col xs={24} md={12} xl={8}>
            <Form.Item
              name="idNumber"
              label={L('workers.idNumber')}
              required
              validateTrigger={['onBlur']}
              rules={[
                {
                  validator: async (_r, v: string | undefined) => {
                    if (!v || masked) return;
                    const p = parseIdNumber(v);
                    if (!p.ok) throw new Error(lang === 'en' ? p.messageEn : p.message);
                  },
                },
              ]}
            >
              <IdNumberInput
                disabled={masked}
                onChange={(v) => {
                  // Check as soon as a full-length number is typed, without nagging mid-typing.
                  if (v.replace(/\s/g, '').length >= 18) void form.validateFields(['idNumber']).catch(() => undefined);
                }}
              />
            </Form.Item>
          </Col>
          <Field name="ethnicity" label={L('workers.ethnicity')} required>
            {sel(ethnicities)}
          </Field>
          <Field name="politicalStatus" label={L('workers.politicalStatus')} required>
            {sel(politicals)}
          </Field>
          <Field name="partyJoinDate" label={L('workers.partyJoinDate')} required={!!political && isCpcMember(political)}>
            {date}
          </Field>
          <Field name="phone" label={L('workers.phone')}>
            <Input maxLength={20} autoComplete="off" disabled={masked} />
          </Field>
          <Field name="nativePlace" label={L('workers.nativePlace')}>
            <Input maxLength={100} />
          </Field>
          <Field name="livesInCommunity" label={L('workers.livesInCommunity')}>
            {sel([
              { value: 'yes', label: t('common.yes') },
              { value: 'no', label: t('common.no') },
            ])}
          </Field>
        </Row>
      </Card>

      <Card size="small" title={t('workers.section.education')}>
        <Row gutter={16}>
          <Field name="education" label={L('workers.education')} required>
            {sel(educations)}
          </Field>
          <Field name="fullTimeSchool" label={L('workers.fullTimeSchool')}>
            <Input maxLength={100} />
          </Field>
          <Field name="fullTimeMajor" label={L('workers.fullTimeMajor')}>
            <Input maxLength={100} />
          </Field>
          <Field name="inServiceEducation" label={L('workers.inServiceEducation')}>
            {sel(educations)}
          </Field>
          <Field name="inServiceSchool" label={L('workers.inServiceSchool')}>
            <Input maxLength={100} />
          </Field>
          <Field name="inServiceMajor" label={L('workers.inServiceMajor')}>
            <Input maxLength={100} />
          </Field>
        </Row>
      </Card>

      <Card size="small" title={t('workers.section.qualification')}>
        <Row gutter={16}>
          <Field name="swQualification" label={L('workers.swQualification')} required>
            {sel(quals)}
          </Field>
          <Field name="swCertNo" label={L('workers.swCertNo')} required={!!qual && qual !== '无'}>
            <Input maxLength={50} />
          </Field>
          <Field name="swCertDate" label={L('workers.swCertDate')}>
            {date}
          </Field>
        </Row>
      </Card>

      <Card size="small" title={t('workers.section.post')}>
        <Row gutter={16}>
          {mode === 'create' ? (
            <>
              <Field name="streetCode" label={L('workers.street')} required span={12}>
                {renderOrgPicker({ level: 'street', rootCode: scopeCode, disabled: false, placeholder: t('workers.pickStreet') })}
              </Field>
              <Field name="communityCode" label={L('workers.community')} required span={12}>
                {renderOrgPicker({ level: 'community', rootCode: streetCode ?? '', disabled: !streetCode, placeholder: t('workers.pickCommunity') })}
              </Field>
            </>
          ) : (
            <Col span={24}>
              <Form.Item label={L('workers.community')} extra={t('workers.placeChangeByTransfer')}>
                <Input value={placeText} disabled />
              </Form.Item>
            </Col>
          )}
          <Field name="category" label={L('workers.category')} required>
            {sel(categories)}
          </Field>
          <Field name="positions" label={L('workers.positions')}>
            {sel(positions, {
              mode: 'multiple',
              maxCount: 6,
              onChange: (ps: string[]) => {
                // Suggest the post class from the highest position (就高不就低); the clerk may override it.
                if (!form.isFieldTouched('postClass') && ps?.length) form.setFieldValue('postClass', postClassSuggestion(ps));
              },
            })}
          </Field>
          <Field name="postClass" label={L('workers.postClass')} required>
            {sel(postClasses)}
          </Field>
          <Field name="recruitLevel" label={L('workers.recruitLevel')}>
            {sel(recruitLevels)}
          </Field>
          <Field name="sourceChannel" label={L('workers.sourceChannel')} required>
            {sel(sources)}
          </Field>
          <Field name="formerFundingDept" label={L('workers.formerFundingDept')} required={source === '网格员转聘'}>
            <Input maxLength={100} />
          </Field>
          <Field name="workStartDate" label={L('workers.workStartDate')} required>
            {date}
          </Field>
          <Field name="communityStartDate" label={L('workers.communityStartDate')} required>
            {date}
          </Field>
          <Field name="status" label={L('workers.status')}>
            {sel(statuses)}
          </Field>
        </Row>
      </Card>

      <Card size="small" title={t('workers.section.contract')}>
        <Row gutter={16}>
          <Field name="contractStart" label={L('workers.contractStart')}>
            {date}
          </Field>
          <Field name="contractEnd" label={L('workers.contractEnd')}>
            {date}
          </Field>
          <Field name="probationEnd" label={L('workers.probationEnd')}>
            {date}
          </Field>
        </Row>
      </Card>
    </Space>
  );
}
