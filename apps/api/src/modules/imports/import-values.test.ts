import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVEL_LABELS, POLITICAL_STATUS_LABELS, ETHNIC_GROUP_LABELS } from '@cwp/domain/code-tables';
import { SW_QUALIFICATIONS, POSITIONS } from '@cwp/domain/worker-enums';
import { ID_PRECISION_LOST, cellText, matchEnum, parseBooleanCell, parseDateCell, parseIdCell, splitMulti } from './import-values.ts';

const TODAY = '2025-06-30';

describe('cellText', () => {
  it('makes full-width digits and letters half-width and trims odd spaces (A1.1)', () => {
    expect(cellText('\u3000１３８１２３４５６７８\u00a0')).toBe('13812345678');
    expect(cellText('ＡＢｃ')).toBe('ABc');
    expect(cellText('北京大学（医学部）')).toBe('北京大学（医学部）');
    expect(cellText(null)).toBe('');
    expect(cellText(42)).toBe('42');
    expect(cellText(new Date(Date.UTC(1985, 2, 1)))).toBe('1985-03-01');
  });
});

describe('parseIdCell (A1.1)', () => {
  it('rejects an ID stored as a number: the trailing digits are gone', () => {
    expect(parseIdCell(370902198001010000)).toEqual({ ok: false, reason: ID_PRECISION_LOST });
    expect(parseIdCell('3.70902E+17')).toEqual({ ok: false, reason: ID_PRECISION_LOST });
    expect(parseIdCell('3.70902e+17')).toEqual({ ok: false, reason: ID_PRECISION_LOST });
  });

  it('accepts a lower-case x, full-width digits and a 15-digit number (exact as a number)', () => {
    const r = parseIdCell('37090219870312108x', TODAY);
    expect(r).toMatchObject({ ok: true, value: { idNumber: '37090219870312108X', gender: '女', birthDate: '1987-03-12' } });
    expect(parseIdCell('１１０１０５１９８５０３１５００１９')).toMatchObject({ ok: true, value: { idNumber: '110105198503150019' } });
    expect(parseIdCell(110105850315001)).toMatchObject({ ok: true, value: { legacyConverted: true } });
  });

  it("passes the domain's Chinese message for a bad check digit", () => {
    expect(parseIdCell('110105194912310021')).toEqual({ ok: false, reason: '校验码错误：最后一位应为 X，请核对号码' });
  });
});

describe('parseDateCell (A1.1)', () => {
  const ok = (value: string, precision: 'day' | 'month' = 'day') => ({ ok: true, value, precision });

  it('reads the spellings found in real registers', () => {
    expect(parseDateCell('1985-3-1', TODAY)).toEqual(ok('1985-03-01'));
    expect(parseDateCell('1985/03/01', TODAY)).toEqual(ok('1985-03-01'));
    expect(parseDateCell('1985.03.01', TODAY)).toEqual(ok('1985-03-01'));
    expect(parseDateCell('1985/3/1 0:00', TODAY)).toEqual(ok('1985-03-01'));
    expect(parseDateCell('1985年3月1日', TODAY)).toEqual(ok('1985-03-01'));
    expect(parseDateCell('19850301', TODAY)).toEqual(ok('1985-03-01'));
    expect(parseDateCell('１９８５-３-１', TODAY)).toEqual(ok('1985-03-01'));
    expect(parseDateCell('1985.03', TODAY)).toEqual(ok('1985-03-01', 'month'));
    expect(parseDateCell('1985年3月', TODAY)).toEqual(ok('1985-03-01', 'month'));
    expect(parseDateCell('1985.10', TODAY)).toEqual(ok('1985-10-01', 'month'));
  });

  it('takes the calendar day of an ExcelJS date (UTC midnight), whatever the host time zone', () => {
    expect(parseDateCell(new Date(Date.UTC(1985, 2, 1)), TODAY)).toEqual(ok('1985-03-01'));
  });

  it('converts Excel serials in the 1900 system, including the phantom 1900-02-29', () => {
    expect(parseDateCell(31107, TODAY)).toEqual(ok('1985-03-01'));
    expect(parseDateCell(31107.75, TODAY)).toEqual(ok('1985-03-01'));
    expect(parseDateCell(1, TODAY)).toEqual(ok('1900-01-01'));
    expect(parseDateCell(59, TODAY)).toEqual(ok('1900-02-28'));
    expect(parseDateCell(61, TODAY)).toEqual(ok('1900-03-01'));
    expect(parseDateCell(60, TODAY)).toEqual({ ok: false, reason: '日期“1900-02-29”不存在，请核对' });
    expect(parseDateCell(19850301, TODAY)).toEqual(ok('1985-03-01'));
  });

  it('reads 1985.03 typed into a number cell as a month, and refuses the ambiguous 1985.1', () => {
    expect(parseDateCell(1985.03, TODAY)).toEqual(ok('1985-03-01', 'month'));
    expect(parseDateCell(1985.12, TODAY)).toEqual(ok('1985-12-01', 'month'));
    expect(parseDateCell(1985.1, TODAY)).toMatchObject({ ok: false, reason: expect.stringContaining('1 月还是 10 月') });
    expect(parseDateCell(1985, TODAY)).toMatchObject({ ok: false, reason: expect.stringContaining('只有年份') });
  });

  it('rejects impossible and absurd dates with a reason', () => {
    expect(parseDateCell('1985-02-29', TODAY)).toEqual({ ok: false, reason: '日期“1985-02-29”不存在，请核对' });
    expect(parseDateCell('1985-13', TODAY)).toEqual({ ok: false, reason: '日期“1985-13”中的月份不存在，请核对' });
    expect(parseDateCell('1885-01-01', TODAY)).toMatchObject({ ok: false, reason: expect.stringContaining('超出合理范围') });
    expect(parseDateCell('去年三月', TODAY)).toEqual({ ok: false, reason: '日期“去年三月”无法识别，请按 YYYY-MM-DD 填写，如 1985-03-01' });
  });
});

describe('matchEnum (A1.1)', () => {
  it('accepts exact values and common short forms', () => {
    expect(matchEnum('大学本科', EDUCATION_LEVEL_LABELS)).toEqual({ ok: true, value: '大学本科' });
    expect(matchEnum(' 本科 ', EDUCATION_LEVEL_LABELS)).toEqual({ ok: true, value: '大学本科' });
    expect(matchEnum('大专', EDUCATION_LEVEL_LABELS)).toEqual({ ok: true, value: '大学专科' });
    expect(matchEnum('研究生', EDUCATION_LEVEL_LABELS)).toEqual({ ok: true, value: '硕士研究生' });
    expect(matchEnum('党员', POLITICAL_STATUS_LABELS)).toEqual({ ok: true, value: '中共党员' });
    expect(matchEnum('中国共产党党员', POLITICAL_STATUS_LABELS)).toEqual({ ok: true, value: '中共党员' });
    expect(matchEnum('团员', POLITICAL_STATUS_LABELS)).toEqual({ ok: true, value: '共青团员' });
    expect(matchEnum('汉', ETHNIC_GROUP_LABELS)).toEqual({ ok: true, value: '汉族' });
    expect(matchEnum('助理社工师', SW_QUALIFICATIONS)).toEqual({ ok: true, value: '助理社会工作师' });
    expect(matchEnum('中级社工师', SW_QUALIFICATIONS)).toEqual({ ok: true, value: '社会工作师' });
    expect(matchEnum('书记', POSITIONS)).toEqual({ ok: true, value: '党组织书记' });
  });

  it('only applies an alias where its target is allowed', () => {
    expect(matchEnum('本科', SW_QUALIFICATIONS).ok).toBe(false);
  });

  it('names the closest allowed value for a typo', () => {
    expect(matchEnum('大学本课', EDUCATION_LEVEL_LABELS)).toEqual({
      ok: false,
      reason: '“大学本课”不是可选值，您是否要填“大学本科”？可选值：博士研究生、硕士研究生、大学本科、大学专科、中等专科、职业高中、技工学校、普通高中、初中、小学、其他',
    });
    expect(matchEnum('xyz', ['男', '女'])).toEqual({ ok: false, reason: '“xyz”不是可选值。可选值：男、女' });
  });

  it('accepts caller aliases', () => {
    expect(matchEnum('正', ['正职', '副职', '其他'], { 正: '正职' })).toEqual({ ok: true, value: '正职' });
  });
});

describe('parseBooleanCell and splitMulti', () => {
  it('reads yes/no in its usual spellings', () => {
    for (const v of ['是', 'Y', 'y', '1', 'TRUE', true, 1]) expect(parseBooleanCell(v)).toEqual({ ok: true, value: true });
    for (const v of ['否', 'N', '0', 'false', false, 0]) expect(parseBooleanCell(v)).toEqual({ ok: true, value: false });
    expect(parseBooleanCell('也许')).toEqual({ ok: false, reason: '“也许”无法识别，请填写“是”或“否”' });
  });

  it('splits several positions on any usual separator', () => {
    expect(splitMulti('党组织书记、居委会主任')).toEqual(['党组织书记', '居委会主任']);
    expect(splitMulti('书记，主任; 网格员 / 书记')).toEqual(['书记', '主任', '网格员']);
    expect(splitMulti(null)).toEqual([]);
  });
});
