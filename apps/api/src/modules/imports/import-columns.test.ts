import { describe, expect, it } from 'vitest';
import type { RegisterWorkerInput } from '@cwp/contracts/workers.contract';
import { IMPORT_COLUMNS, columnForHeader, locateHeader, normalizeHeader, type ColumnKey } from './import-columns.ts';
import type { SheetRow } from './import-reader.ts';

const row = (rowNumber: number, cells: SheetRow['cells']): SheetRow => ({ rowNumber, cells });

describe('column catalogue (A1.1)', () => {
  it('covers every registration field except the derived codes, plus the check-only columns', () => {
    const keys = new Set<string>(IMPORT_COLUMNS.map((c) => c.key));
    const fields: (keyof RegisterWorkerInput)[] = [
      'name', 'idNumber', 'ethnicity', 'phone', 'politicalStatus', 'partyJoinDate', 'education', 'fullTimeSchool',
      'fullTimeMajor', 'inServiceEducation', 'inServiceSchool', 'inServiceMajor', 'swQualification', 'swCertNo',
      'swCertDate', 'category', 'postClass', 'positions', 'recruitLevel', 'sourceChannel', 'formerFundingDept',
      'workStartDate', 'communityStartDate', 'contractStart', 'contractEnd', 'probationEnd', 'nativePlace',
      'livesInCommunity', 'status',
    ];
    for (const f of fields) expect(keys.has(f), f).toBe(true);
    for (const k of ['gender', 'birthDate', 'community']) expect(keys.has(k)).toBe(true);
  });

  it('has no header or alias claimed by two columns', () => {
    const seen = new Map<string, ColumnKey>();
    for (const c of IMPORT_COLUMNS) {
      for (const h of [c.header, ...c.aliases]) {
        expect(seen.get(normalizeHeader(h)) ?? c.key, h).toBe(c.key);
        seen.set(normalizeHeader(h), c.key);
      }
    }
  });
});

describe('normalizeHeader / columnForHeader', () => {
  it('ignores spaces, full-width forms, brackets and required markers', () => {
    expect(normalizeHeader(' 公民身份号码 ')).toBe('公民身份号码');
    expect(normalizeHeader('姓\u3000名*')).toBe('姓名');
    expect(normalizeHeader('*民族')).toBe('民族');
    expect(normalizeHeader('联系电话（手机）')).toBe('联系电话(手机)');
    expect(normalizeHeader('【性别】')).toBe('(性别)');
    expect(normalizeHeader('出生日期（必填）')).toBe('出生日期');
  });

  it('recognises common variants and a trailing note in brackets', () => {
    expect(columnForHeader('身份证号')).toBe('idNumber');
    expect(columnForHeader('身份证号码')).toBe('idNumber');
    expect(columnForHeader('联系电话（手机）')).toBe('phone');
    expect(columnForHeader('电话')).toBe('phone');
    expect(columnForHeader('社区')).toBe('community');
    expect(columnForHeader('学历')).toBe('education');
    expect(columnForHeader('出生年月')).toBe('birthDate');
    expect(columnForHeader('备注')).toBeUndefined();
  });
});

describe('locateHeader (A1.1)', () => {
  it('skips merged title rows and reports unknown and missing columns', () => {
    const rows = [
      row(1, ['2024 年红旗街道社区工作者花名册']),
      row(2, ['填报单位：红旗街道', null, null, '填报日期：2024-05-01']),
      row(3, ['序号', '姓名', '公民身份号码 ', '性别', '联系电话（手机）', '备注', '社区']),
      row(4, [1, '张三', '110105198503150019', '男', '13812345678', '', '新城社区']),
    ];
    const h = locateHeader(rows)!;
    expect(h.headerIndex).toBe(2);
    expect(h.headerRowNumber).toBe(3);
    expect([...h.columns]).toEqual([[1, 'name'], [2, 'idNumber'], [3, 'gender'], [4, 'phone'], [6, 'community']]);
    expect(h.headers[4]).toBe('联系电话（手机）');
    expect(h.unknown).toEqual(['备注']);
    // 民族 and 社会工作职业资格 default when their columns are absent, so they are not missing.
    expect(h.missingRequired).toEqual(['政治面貌', '全日制学历', '人员类别', '岗位类别', '来源渠道', '参加工作时间', '进入社区工作时间']);
  });

  it('keeps the first of duplicate columns, but prefers a community code over a name', () => {
    const h = locateHeader([row(1, ['姓名', '身份证号', '电话', '手机', '社区名称', '社区代码'])])!;
    expect(h.columns.get(2)).toBe('phone');
    expect(h.columns.has(3)).toBe(false);
    expect(h.columns.get(5)).toBe('community');
    expect(h.columns.has(4)).toBe(false);
    expect(h.unknown).toEqual(['手机', '社区名称']);
  });

  it('asks for 原经费来源部门 instead of 人员类别/来源渠道 in grid conversion (A1.2)', () => {
    const h = locateHeader([row(1, ['姓名', '身份证号', '政治面貌', '学历', '社区', '参加工作时间', '进入社区工作时间'])], { mode: 'gridConversion' })!;
    expect(h.missingRequired).toEqual(['原经费来源部门']);
  });

  it('returns null when no row among the first 20 looks like a header', () => {
    expect(locateHeader([row(1, ['a', 'b']), row(2, ['姓名', '性别', '民族'])])).toBeNull();
  });
});
