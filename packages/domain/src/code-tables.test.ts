import { describe, it, expect, expectTypeOf } from 'vitest';
import {
  GENDERS,
  WORKER_GENDERS,
  ETHNIC_GROUPS,
  ETHNIC_GROUP_LABELS,
  POLITICAL_STATUSES,
  EDUCATION_LEVELS,
  EDUCATION_LEVEL_LABELS,
  codeOf,
  labelOf,
  enOf,
  educationRank,
  isCollegeOrAbove,
  isCpcMember,
  type CodeEntry,
} from './code-tables.ts';

function expectUnique(table: readonly CodeEntry[]): void {
  expect(new Set(table.map((e) => e.code)).size).toBe(table.length);
  expect(new Set(table.map((e) => e.label)).size).toBe(table.length);
}

describe('GB/T 2261.1 gender', () => {
  it('has codes 0/1/2/9 and workers use only 男/女', () => {
    expect(GENDERS.map((g) => g.code)).toEqual(['0', '1', '2', '9']);
    expect(codeOf(GENDERS, '男')).toBe('1');
    expect(codeOf(GENDERS, '女')).toBe('2');
    expect(WORKER_GENDERS).toEqual(['男', '女']);
  });
});

describe('GB/T 3304 ethnic groups', () => {
  it('lists 56 groups numbered 01–56 in standard order, then 97 and 98', () => {
    expect(ETHNIC_GROUPS).toHaveLength(58);
    expectUnique(ETHNIC_GROUPS);
    ETHNIC_GROUPS.slice(0, 56).forEach((e, i) => expect(e.code).toBe(String(i + 1).padStart(2, '0')));
    expect(ETHNIC_GROUPS.every((e) => e.code >= '97' || e.label.endsWith('族'))).toBe(true);
    expect(labelOf(ETHNIC_GROUPS, '01')).toBe('汉族');
    expect(labelOf(ETHNIC_GROUPS, '10')).toBe('朝鲜族');
    expect(labelOf(ETHNIC_GROUPS, '11')).toBe('满族');
    expect(labelOf(ETHNIC_GROUPS, '46')).toBe('德昂族');
    expect(labelOf(ETHNIC_GROUPS, '56')).toBe('基诺族');
    expect(labelOf(ETHNIC_GROUPS, '97')).toBe('其他');
    expect(labelOf(ETHNIC_GROUPS, '98')).toBe('外国血统中国籍人士');
  });
  it('exposes the labels as a literal tuple for z.enum', () => {
    expect(ETHNIC_GROUP_LABELS[0]).toBe('汉族');
    expectTypeOf(ETHNIC_GROUP_LABELS[0]).toEqualTypeOf<'汉族'>();
    expectTypeOf(EDUCATION_LEVEL_LABELS).toExtend<readonly [string, ...string[]]>();
  });
});

describe('GB/T 4762 political status', () => {
  it('uses short labels with full names and codes 01–13', () => {
    expect(POLITICAL_STATUSES).toHaveLength(13);
    expectUnique(POLITICAL_STATUSES);
    expect(codeOf(POLITICAL_STATUSES, '中共党员')).toBe('01');
    expect(codeOf(POLITICAL_STATUSES, '中国共产党党员')).toBe('01');
    expect(codeOf(POLITICAL_STATUSES, '共青团员')).toBe('03');
    expect(codeOf(POLITICAL_STATUSES, '九三学社社员')).toBe('10');
    expect(codeOf(POLITICAL_STATUSES, '无党派民主人士')).toBe('12');
    expect(labelOf(POLITICAL_STATUSES, '13')).toBe('群众');
    expect(codeOf(POLITICAL_STATUSES, '不存在')).toBeUndefined();
    expect(isCpcMember('中共预备党员')).toBe(true);
    expect(isCpcMember('共青团员')).toBe(false);
  });
});

describe('GB/T 4658 education', () => {
  it('uses the 毕业 codes of each level', () => {
    expectUnique(EDUCATION_LEVELS);
    expect(EDUCATION_LEVELS.map((e) => [e.code, e.label])).toEqual([
      ['11', '博士研究生'],
      ['14', '硕士研究生'],
      ['21', '大学本科'],
      ['31', '大学专科'],
      ['41', '中等专科'],
      ['44', '职业高中'],
      ['47', '技工学校'],
      ['61', '普通高中'],
      ['71', '初中'],
      ['81', '小学'],
      ['90', '其他'],
    ]);
    expect(enOf(EDUCATION_LEVELS, '大学本科')).toBe("Bachelor's degree");
  });
  it('ranks education levels', () => {
    expect(educationRank('博士研究生')).toBeGreaterThan(educationRank('硕士研究生'));
    expect(educationRank('硕士研究生')).toBeGreaterThan(educationRank('大学本科'));
    expect(educationRank('大学本科')).toBeGreaterThan(educationRank('大学专科'));
    expect(educationRank('大学专科')).toBeGreaterThan(educationRank('普通高中'));
    expect(educationRank('技工学校')).toBe(educationRank('普通高中'));
    expect(educationRank('普通高中')).toBeGreaterThan(educationRank('初中'));
    expect(educationRank('初中')).toBeGreaterThan(educationRank('小学'));
    expect(educationRank('小学')).toBeGreaterThan(educationRank('其他'));
    expect(educationRank('未知')).toBe(0);
  });
  it('counts 大专以上 from 大学专科 upwards', () => {
    expect(isCollegeOrAbove('大学专科')).toBe(true);
    expect(isCollegeOrAbove('博士研究生')).toBe(true);
    expect(isCollegeOrAbove('中等专科')).toBe(false);
    expect(isCollegeOrAbove('其他')).toBe(false);
  });
});
