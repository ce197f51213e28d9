// Hand-worked cases per shipped pack (A4.1, A12.1): the numbers a clerk would compute from the pack's text.
import { describe, expect, it } from 'vitest';
import { computeGrade } from '@cwp/domain/grading';
import { computePay } from '@cwp/domain/pay';
import type { PostClass } from '@cwp/domain/worker-enums';
import { readShippedPacks } from './grading-packs.ts';

const packs = new Map(readShippedPacks().map((p) => [p.id, p]));

function monthly(id: string, w: { postClass: PostClass; years: number; education: string; cert: string; positions?: string[]; passingYears?: number; lastResult?: string }) {
  const pack = packs.get(id)!;
  const grade = computeGrade(pack.grading, { postClass: w.postClass, communityYears: w.years, education: w.education, certLevel: w.cert });
  const pay = computePay(pack.pay, { postClass: w.postClass, grade: grade.grade, postRange: grade.post, certLevel: w.cert, positions: w.positions, passingYears: w.passingYears ?? w.years, lastResult: w.lastResult });
  return { grade: grade.grade, pay: pay.monthlyPay, items: pay.items.map((i) => i.amount) };
}

describe('shipped rule packs', () => {
  it('A4.1 all parse against the contract, have unique ids and mark unverified numbers; one national default is published', () => {
    expect([...packs.keys()].sort()).toEqual(['beijing-2018', 'benxi-2023', 'national-default', 'ningbo-2018', 'prefecture-items', 'xiamen-2009', 'xian-2022']);
    expect([...packs.values()].filter((p) => p.status === 'published').map((p) => p.id)).toEqual(['national-default']);
    for (const p of packs.values()) expect(p.unverified.length, p.id).toBeGreaterThan(0);
  });

  it('A12.1 西安: a new 正职 (grade 7) earns 3,900 × 1.19 = 4,641', () => {
    expect(monthly('xian-2022', { postClass: '正职', years: 0, education: '大学专科', cert: '无' })).toMatchObject({ grade: 7, pay: 4641 });
  });

  it('A12.1 北京: 其他 with 3 passing years: 590 + (740 + 3 × 50) + 950, and 社会工作师 +80', () => {
    expect(monthly('beijing-2018', { postClass: '其他', years: 3, education: '大学专科', cert: '无' }).pay).toBe(2430);
    expect(monthly('beijing-2018', { postClass: '其他', years: 3, education: '大学专科', cert: '社会工作师' }).pay).toBe(2510);
  });

  it('A10.2 本溪: 3,400 × 1.00 split 80/20; the 20% goes after a 不合格 year', () => {
    expect(monthly('benxi-2023', { postClass: '其他', years: 0, education: '大学专科', cert: '无' }).items).toEqual([2720, 680]);
    expect(monthly('benxi-2023', { postClass: '其他', years: 0, education: '大学专科', cert: '无', lastResult: '不合格' }).pay).toBe(2720);
  });

  it('A4.1 厦门: 5 years → grade 1 + ⌊5 ÷ 2⌋ = 3 → 960', () => {
    expect(monthly('xiamen-2009', { postClass: '其他', years: 5, education: '大学本科', cert: '无' })).toMatchObject({ grade: 3, pay: 960 });
  });

  it('A12.1 宁波: a 副职 floor of 1.3 × the average wage, per month: 120,698 ÷ 12 × 1.3 = 13,075.62', () => {
    expect(monthly('ningbo-2018', { postClass: '副职', years: 6, education: '大学本科', cert: '无' }).pay).toBe(13075.62);
  });
});
