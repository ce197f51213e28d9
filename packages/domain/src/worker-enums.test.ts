import { describe, it, expect } from 'vitest';
import {
  WORKER_CATEGORIES,
  WORKER_CATEGORY_EN,
  POST_CLASSES,
  POSITIONS,
  POSITION_EN,
  SW_QUALIFICATIONS,
  SOURCE_CHANNELS,
  WORKER_STATUSES,
  EXIT_TYPES,
  HISTORY_KINDS,
  HISTORY_KIND_LABELS,
  EN_LABEL_SOURCES,
  isOneShoulder,
  postClassSuggestion,
  isActiveStatus,
  hasSwQualification,
  enLabel,
} from './worker-enums.ts';

describe('worker enums', () => {
  it('A1.1 has the three worker categories of the 意见', () => {
    expect(WORKER_CATEGORIES).toEqual(['社区党组织成员', '居委会专职成员', '社区专职工作人员']);
    for (const c of WORKER_CATEGORIES) expect(WORKER_CATEGORY_EN[c]).toBeTruthy();
  });

  it('A1.1/A1.2/A3.3 source channels include grid-worker conversion and structure indicators', () => {
    for (const s of ['统一招聘', '选举产生', '网格员转聘', '高校毕业生', '退役军人', '社会工作专业人才']) {
      expect(SOURCE_CHANNELS).toContain(s);
    }
  });

  it('A4.1 qualifications are the three national levels plus 无', () => {
    expect(SW_QUALIFICATIONS).toEqual(['无', '助理社会工作师', '社会工作师', '高级社会工作师']);
    expect(hasSwQualification('社会工作师')).toBe(true);
    expect(hasSwQualification('无')).toBe(false);
    expect(hasSwQualification('心理咨询师')).toBe(false);
  });

  it('A9.3 exit types are 罢免, 解聘, 辞职, 退休, 试用期不合格', () => {
    expect(EXIT_TYPES).toEqual(['罢免', '解聘', '辞职', '退休', '试用期不合格']);
  });

  it('A9.3 only 已退出 is inactive', () => {
    expect(WORKER_STATUSES.filter(isActiveStatus)).toEqual(['试用', '在岗', '离岗']);
    expect(isActiveStatus('已退出')).toBe(false);
  });

  it('A9.5 history kinds have Chinese labels', () => {
    expect(HISTORY_KINDS.map((k) => HISTORY_KIND_LABELS[k])).toEqual([
      '登记入库',
      '信息变更',
      '调动',
      '退出',
      '状态变更',
      '岗位等级调整',
      '一线津贴',
      '教育培训',
      '年度考核',
      '容错纠错',
      '政治把关',
      '表彰与发展',
      '试用期考察',
      '社保公积金',
      '书记备案确认',
      '书记备案退回',
    ]);
  });
});

describe('positions', () => {
  it('一肩挑 = 党组织书记 and 居委会主任 held together', () => {
    expect(isOneShoulder(['党组织书记', '居委会主任'])).toBe(true);
    expect(isOneShoulder(['居委会主任', '党组织书记', '社区服务站站长'])).toBe(true);
    expect(isOneShoulder(['党组织书记'])).toBe(false);
    expect(isOneShoulder(['党组织书记', '居委会副主任'])).toBe(false);
    expect(isOneShoulder([])).toBe(false);
  });

  it('suggests the post class from the highest position held', () => {
    expect(postClassSuggestion(['社区服务站站长'])).toBe('正职');
    expect(postClassSuggestion(['党组织副书记', '居委会主任'])).toBe('正职');
    expect(postClassSuggestion(['居委会副主任', '网格员'])).toBe('副职');
    expect(postClassSuggestion(['社区服务站副站长'])).toBe('副职');
    expect(postClassSuggestion(['党组织委员', '居委会委员'])).toBe('其他');
    expect(postClassSuggestion([])).toBe('其他');
  });

  it('every position has an English label', () => {
    for (const p of POSITIONS) expect(POSITION_EN[p]).toBeTruthy();
  });
});

describe('enLabel', () => {
  it('translates values from every enum and code table', () => {
    expect(enLabel('正职')).toBe('Principal');
    expect(enLabel('网格员转聘')).toBe('Converted from grid worker');
    expect(enLabel('已退出')).toBe('Exited');
    expect(enLabel('男')).toBe('Male');
    expect(enLabel('汉族')).toBe('Han');
    expect(enLabel('中共党员')).toBe('CPC member');
    expect(enLabel('大学本科')).toBe("Bachelor's degree");
    expect(enLabel('调动')).toBe('Transferred');
    expect(enLabel('transferred')).toBe('Transferred');
    expect(enLabel('其他')).toBe('Other');
  });

  it('falls back to the input for unknown values', () => {
    expect(enLabel('不存在的值')).toBe('不存在的值');
    expect(enLabel('toString')).toBe('toString');
  });

  it('never maps the same Chinese label to two English labels', () => {
    const seen = new Map<string, string>();
    for (const map of EN_LABEL_SOURCES) {
      for (const [zh, en] of Object.entries(map)) {
        const prev = seen.get(zh);
        if (prev !== undefined) expect(`${zh} → ${en}`).toBe(`${zh} → ${prev}`);
        seen.set(zh, en);
      }
    }
  });

  it('covers every value of every business enum', () => {
    const all = [
      ...WORKER_CATEGORIES,
      ...POST_CLASSES,
      ...POSITIONS,
      ...SW_QUALIFICATIONS,
      ...SOURCE_CHANNELS,
      ...WORKER_STATUSES,
      ...EXIT_TYPES,
    ];
    for (const v of all) expect(enLabel(v)).not.toBe(v);
  });
});
