// The column catalogue of the worker import (A1.1, A1.2): one list drives header recognition,
// the downloadable template and the row validator, so the three can never disagree.
import {
  WORKER_CATEGORIES,
  POST_CLASSES,
  POSITIONS,
  SW_QUALIFICATIONS,
  RECRUIT_LEVELS,
  SOURCE_CHANNELS,
} from '@cwp/domain/worker-enums';
import { ETHNIC_GROUP_LABELS, POLITICAL_STATUS_LABELS, EDUCATION_LEVEL_LABELS, WORKER_GENDERS } from '@cwp/domain/code-tables';
import type { SheetRow } from './import-reader.ts';
import { cellText } from './import-values.ts';

export type ImportMode = 'normal' | 'gridConversion';
export type ColumnKind = 'text' | 'id' | 'date' | 'enum' | 'multiEnum' | 'phone' | 'community' | 'boolean';

export interface ImportColumn<K extends string = string> {
  key: K;
  /** Header text in the template (without the required marker). */
  header: string;
  /** Other header texts recognised in uploaded files, compared after normalizeHeader. */
  aliases: readonly string[];
  /** Required in normal mode; see isColumnRequired for the grid-conversion differences. */
  required: boolean;
  /** Chinese explanation for the template's 填写说明 sheet. */
  note: string;
  example: string;
  enumValues?: readonly string[];
  kind: ColumnKind;
}

const ACTIVE_STATUSES = ['试用', '在岗', '离岗'] as const;
const DATE_NOTE = '日期，如 1985-03-01；也可写 1985.03.01、1985年3月1日';

export const IMPORT_COLUMNS = [
  { key: 'name', header: '姓名', aliases: ['人员姓名'], required: true, kind: 'text', example: '张三', note: '2–30 个字；两字姓名中间的空格会自动去掉' },
  { key: 'idNumber', header: '公民身份号码', aliases: ['身份证号', '身份证号码', '身份证', '证件号码', '居民身份证号码'], required: true, kind: 'id', example: '11010519491231002X', note: '18 位居民身份证号码，末位 X 大小写均可；请先把该列设为“文本”格式，否则 Excel 会把号码变成科学计数法并丢失后几位' },
  { key: 'gender', header: '性别', aliases: [], required: false, kind: 'enum', enumValues: WORKER_GENDERS, example: '女', note: '可不填，系统按身份证号码确定；填写时须与身份证号码一致' },
  { key: 'birthDate', header: '出生日期', aliases: ['出生年月', '出生时间'], required: false, kind: 'date', example: '1949-12-31', note: '可不填，系统按身份证号码确定；填写时须与身份证号码一致（只填到月时只比对年月）' },
  { key: 'ethnicity', header: '民族', aliases: [], required: true, kind: 'enum', enumValues: ETHNIC_GROUP_LABELS, example: '汉族', note: '如“汉族”“回族”，“汉”也可识别；文件中没有“民族”这一列时全部按汉族导入，有这一列则每行必填' },
  { key: 'phone', header: '联系电话', aliases: ['电话', '手机', '手机号', '手机号码', '联系方式', '电话号码'], required: false, kind: 'phone', example: '13812345678', note: '11 位手机号码，或带区号的固定电话，如 0538-1234567' },
  { key: 'politicalStatus', header: '政治面貌', aliases: [], required: true, kind: 'enum', enumValues: POLITICAL_STATUS_LABELS, example: '中共党员', note: '“党员”“团员”等简称也可识别' },
  { key: 'partyJoinDate', header: '入党时间', aliases: ['入党日期'], required: false, kind: 'date', example: '2008-07-01', note: `中共党员、预备党员必填。${DATE_NOTE}` },
  { key: 'education', header: '全日制学历', aliases: ['学历', '最高学历', '文化程度', '全日制教育学历'], required: true, kind: 'enum', enumValues: EDUCATION_LEVEL_LABELS, example: '大学本科', note: '“本科”“大专”“研究生”等简称也可识别' },
  { key: 'fullTimeSchool', header: '全日制毕业院校', aliases: ['毕业院校', '毕业学校', '全日制毕业学校'], required: false, kind: 'text', example: '山东师范大学', note: '最多 100 字' },
  { key: 'fullTimeMajor', header: '全日制专业', aliases: ['专业', '所学专业', '全日制所学专业'], required: false, kind: 'text', example: '社会工作', note: '最多 100 字' },
  { key: 'inServiceEducation', header: '在职学历', aliases: ['在职教育学历'], required: false, kind: 'enum', enumValues: EDUCATION_LEVEL_LABELS, example: '硕士研究生', note: '没有在职学历可不填' },
  { key: 'inServiceSchool', header: '在职毕业院校', aliases: ['在职毕业学校'], required: false, kind: 'text', example: '', note: '最多 100 字' },
  { key: 'inServiceMajor', header: '在职专业', aliases: ['在职所学专业'], required: false, kind: 'text', example: '', note: '最多 100 字' },
  { key: 'swQualification', header: '社会工作职业资格', aliases: ['社工证', '职业资格', '社工资格', '社会工作者职业资格', '社会工作者职业资格等级'], required: true, kind: 'enum', enumValues: SW_QUALIFICATIONS, example: '社会工作师', note: '没有请填“无”；文件中没有这一列时全部按“无”导入，有这一列则每行必填' },
  { key: 'swCertNo', header: '证书编号', aliases: ['社工证编号', '资格证书编号', '职业资格证书编号'], required: false, kind: 'text', example: '', note: '持有职业资格时必填' },
  { key: 'swCertDate', header: '取得资格日期', aliases: ['取得资格时间', '取证时间', '发证日期', '资格取得时间'], required: false, kind: 'date', example: '2019-11-02', note: DATE_NOTE },
  { key: 'category', header: '人员类别', aliases: ['类别', '人员类型'], required: true, kind: 'enum', enumValues: WORKER_CATEGORIES, example: '社区专职工作人员', note: '社区党组织成员、居委会专职成员或社区专职工作人员' },
  { key: 'postClass', header: '岗位类别', aliases: ['岗位类型'], required: true, kind: 'enum', enumValues: POST_CLASSES, example: '其他', note: '正职、副职或其他（三岗）' },
  { key: 'positions', header: '职务', aliases: ['担任职务', '现任职务'], required: false, kind: 'multiEnum', enumValues: POSITIONS, example: '党组织副书记、居委会委员', note: '可填多项，用顿号、逗号或空格分隔，最多 6 项；下拉只能选一项，多项请直接输入' },
  { key: 'community', header: '所在社区', aliases: ['社区', '社区名称', '社区代码', '所属社区', '社区编码'], required: true, kind: 'community', example: '新城社区（230811004005）', note: '12 位社区代码，或与系统中完全一致的社区名称，或下拉中的“名称（代码）”；只能是您管辖范围内的社区，所属街道按社区自动确定' },
  { key: 'recruitLevel', header: '招聘层级', aliases: ['招聘级别'], required: false, kind: 'enum', enumValues: RECRUIT_LEVELS, example: '县级', note: '市级或县级' },
  { key: 'sourceChannel', header: '来源渠道', aliases: ['人员来源', '来源'], required: true, kind: 'enum', enumValues: SOURCE_CHANNELS, example: '统一招聘', note: '网格员转为社区专职工作人员的请使用“网格员转聘”导入模式' },
  { key: 'formerFundingDept', header: '原经费来源部门', aliases: ['原经费来源', '经费来源部门'], required: false, kind: 'text', example: '区委政法委', note: '来源渠道为“网格员转聘”时必填（A1.2）' },
  { key: 'workStartDate', header: '参加工作时间', aliases: ['参加工作日期', '工作时间'], required: true, kind: 'date', example: '2008-07-01', note: DATE_NOTE },
  { key: 'communityStartDate', header: '进入社区工作时间', aliases: ['进入社区时间', '入社区工作时间', '到社区工作时间', '社区工作时间', '入职时间', '入职日期'], required: true, kind: 'date', example: '2015-03-01', note: `不能早于参加工作时间。${DATE_NOTE}` },
  { key: 'contractStart', header: '劳动合同开始日期', aliases: ['合同开始日期', '合同起始日期', '劳动合同起始日期', '合同开始时间'], required: false, kind: 'date', example: '2024-01-01', note: DATE_NOTE },
  { key: 'contractEnd', header: '劳动合同截止日期', aliases: ['合同截止日期', '合同结束日期', '合同到期日期', '劳动合同到期日期', '劳动合同结束日期'], required: false, kind: 'date', example: '2026-12-31', note: `须晚于开始日期。${DATE_NOTE}` },
  { key: 'probationEnd', header: '试用期截止日期', aliases: ['试用期结束日期', '试用期满日期'], required: false, kind: 'date', example: '', note: DATE_NOTE },
  { key: 'nativePlace', header: '籍贯', aliases: [], required: false, kind: 'text', example: '山东济宁', note: '最多 100 字' },
  { key: 'livesInCommunity', header: '是否居住在本社区', aliases: ['是否居住本社区', '居住在本社区', '是否本社区居民'], required: false, kind: 'boolean', example: '是', note: '是或否' },
  { key: 'status', header: '状态', aliases: ['在岗状态', '人员状态'], required: false, kind: 'enum', enumValues: ACTIVE_STATUSES, example: '在岗', note: '试用、在岗或离岗；不填由系统按试用期确定' },
] as const satisfies readonly ImportColumn[];

export type ColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

export const COLUMN_BY_KEY: ReadonlyMap<ColumnKey, ImportColumn<ColumnKey>> = new Map(IMPORT_COLUMNS.map((c) => [c.key, c]));

/** Fixed by the grid-conversion mode, so they are neither required nor offered in its template. */
export const GRID_FORCED: Readonly<Partial<Record<ColumnKey, string>>> = { category: '社区专职工作人员', sourceChannel: '网格员转聘' };

export function isColumnRequired(key: ColumnKey, mode: ImportMode): boolean {
  if (mode === 'gridConversion') {
    if (key === 'formerFundingDept') return true;
    // 岗位类别 defaults to 其他 for converted grid staff.
    if (key === 'category' || key === 'sourceChannel' || key === 'postClass') return false;
  }
  return COLUMN_BY_KEY.get(key)!.required;
}

/**
 * Required columns that may be missing from the file as a whole; their default
 * then applies to every row (a present column stays required cell by cell).
 */
export const COLUMN_DEFAULTS: Readonly<Partial<Record<ColumnKey, string>>> = { ethnicity: '汉族', swQualification: '无' };

const ALL_WHITESPACE = /[\s\u00A0\u3000\u200B\uFEFF]+/g;
const FULLWIDTH = /[\uFF01-\uFF5E]/g;
const REQUIRED_MARK = /^\*+|\*+$|\(必填\)$/g;
const TRAILING_PAREN = /\([^()]*\)$/;

/** 公民身份号码 / ' 联系电话（手机）* ' / '【姓名】' → comparable header text. */
export function normalizeHeader(s: string): string {
  return s
    .replace(ALL_WHITESPACE, '')
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[【\[]/g, '(')
    .replace(/[】\]]/g, ')')
    .replace(REQUIRED_MARK, '')
    .replace(REQUIRED_MARK, '');
}

const HEADER_INDEX: ReadonlyMap<string, ColumnKey> = new Map(
  IMPORT_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [normalizeHeader(h), c.key] as const)),
);
/** Columns our own files carry (序号, the error workbook's reasons) that are not data and not worth a warning. */
const IGNORED_HEADERS = new Set(['序号', '编号', '错误原因']);

/** Column key for a header text, trying again without a trailing note in brackets: 联系电话(手机). */
export function columnForHeader(text: string): ColumnKey | undefined {
  const h = normalizeHeader(text);
  if (h === '') return undefined;
  return HEADER_INDEX.get(h) ?? HEADER_INDEX.get(h.replace(TRAILING_PAREN, ''));
}

export interface LocatedHeader {
  /** Index into the rows passed in. */
  headerIndex: number;
  headerRowNumber: number;
  /** Cell index (0-based) → column. */
  columns: Map<number, ColumnKey>;
  /** Header texts as written in the file, by cell index; for error reports. */
  headers: string[];
  /** Header texts that are not import columns, or repeat one already mapped. */
  unknown: string[];
  /** Template headers of required columns that the file lacks (defaults excluded). */
  missingRequired: string[];
}

const HEADER_SCAN_ROWS = 20;
const MIN_HEADER_MATCHES = 4;

/**
 * Finds the header row among the first 20 rows: the first with at least four known
 * headers, which skips merged title rows above it. Null when there is none.
 */
export function locateHeader(first: SheetRow[], opts: { mode?: ImportMode } = {}): LocatedHeader | null {
  const mode = opts.mode ?? 'normal';
  const limit = Math.min(first.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = first[i]!;
    let matches = 0;
    for (const cell of row.cells) if (columnForHeader(cellText(cell)) !== undefined) matches++;
    if (matches < MIN_HEADER_MATCHES) continue;

    const columns = new Map<number, ColumnKey>();
    const headers = row.cells.map((c) => cellText(c));
    const unknown: string[] = [];
    const taken = new Map<ColumnKey, number>();
    headers.forEach((text, index) => {
      if (text === '' || IGNORED_HEADERS.has(normalizeHeader(text))) return;
      const key = columnForHeader(text);
      const earlier = key === undefined ? undefined : taken.get(key);
      if (key === undefined) {
        unknown.push(text);
      } else if (earlier === undefined) {
        columns.set(index, key);
        taken.set(key, index);
      } else if (key === 'community' && isCodeHeader(text) && !isCodeHeader(headers[earlier]!)) {
        // A code identifies a community; a name may be shared by several, so the code column wins.
        columns.delete(earlier);
        unknown.push(headers[earlier]!);
        columns.set(index, key);
        taken.set(key, index);
      } else {
        unknown.push(text);
      }
    });
    const missingRequired = IMPORT_COLUMNS.filter(
      (c) => isColumnRequired(c.key, mode) && !taken.has(c.key) && COLUMN_DEFAULTS[c.key] === undefined,
    ).map((c) => c.header);
    return { headerIndex: i, headerRowNumber: row.rowNumber, columns, headers, unknown, missingRequired };
  }
  return null;
}

function isCodeHeader(text: string): boolean {
  return /代码|编码/.test(text);
}
