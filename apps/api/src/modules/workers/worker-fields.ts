import type { WorkerRow } from './workers.queries.ts';

/** Archive labels of the fields a history row can mention (A9.5). */
export const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  idNumber: '公民身份号码',
  gender: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  phone: '联系电话',
  politicalStatus: '政治面貌',
  partyJoinDate: '入党时间',
  education: '全日制学历',
  fullTimeSchool: '全日制毕业院校',
  fullTimeMajor: '全日制专业',
  inServiceEducation: '在职学历',
  inServiceSchool: '在职毕业院校',
  inServiceMajor: '在职专业',
  swQualification: '社会工作职业资格',
  swCertNo: '证书编号',
  swCertDate: '取得资格日期',
  category: '人员类别',
  postClass: '岗位类别',
  positions: '职务',
  streetCode: '所属街道',
  communityCode: '所在社区',
  recruitLevel: '招聘层级',
  sourceChannel: '来源渠道',
  formerFundingDept: '原经费来源部门',
  workStartDate: '参加工作时间',
  communityStartDate: '进入社区工作时间',
  contractStart: '合同开始日期',
  contractEnd: '合同截止日期',
  probationEnd: '试用期截止日期',
  nativePlace: '籍贯',
  livesInCommunity: '是否居住在本社区',
  status: '状态',
  exitType: '退出方式',
  exitDate: '退出日期',
  exitReason: '退出原因',
};

/** Plain fields compared one-to-one between a row and an edit; personal numbers are compared by blind index. */
export const PLAIN_FIELDS = [
  'name',
  'ethnicity',
  'politicalStatus',
  'partyJoinDate',
  'education',
  'fullTimeSchool',
  'fullTimeMajor',
  'inServiceEducation',
  'inServiceSchool',
  'inServiceMajor',
  'swQualification',
  'swCertNo',
  'swCertDate',
  'category',
  'postClass',
  'positions',
  'recruitLevel',
  'sourceChannel',
  'formerFundingDept',
  'workStartDate',
  'communityStartDate',
  'contractStart',
  'contractEnd',
  'probationEnd',
  'nativePlace',
  'livesInCommunity',
  'status',
] as const satisfies readonly (keyof WorkerRow)[];

export interface FieldChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

export function change(field: string, before: unknown, after: unknown): FieldChange {
  return { field, label: FIELD_LABELS[field] ?? field, before: before ?? null, after: after ?? null };
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  return (a ?? null) === (b ?? null);
}
