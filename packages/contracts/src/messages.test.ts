import { describe, expect, it } from 'vitest';
import { msg, toEnglish } from './messages.ts';

describe('bilingual message table', () => {
  it('translates a registered message and leaves other text alone', () => {
    const zh = msg('请选择社区', 'Choose a community');
    expect(toEnglish(zh)).toBe('Choose a community');
    expect(toEnglish('没有登记的文字')).toBe('没有登记的文字');
  });

  it('stays bounded when messages carry names, and keeps a message that is looked up often', () => {
    const fixed = msg('该事项未列入准入清单', 'This matter is not on the access list');
    for (let i = 0; i < 50_000; i++) {
      msg(`事项“第${i}号”未列入准入清单`, `Matter no. ${i} is not on the access list`);
      if (i % 1000 === 0) expect(toEnglish(fixed)).toBe('This matter is not on the access list');
    }
    expect(toEnglish('事项“第0号”未列入准入清单')).toBe('事项“第0号”未列入准入清单');
    expect(toEnglish('事项“第49999号”未列入准入清单')).toBe('Matter no. 49999 is not on the access list');
    expect(toEnglish(fixed)).toBe('This matter is not on the access list');
  });
});
