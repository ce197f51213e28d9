import { describe, expect, it } from 'vitest';
import {
  abolishedCertificate,
  checkAssignment,
  findListedMatter,
  limitsFor,
  matterAddWorkflow,
  matterInForce,
  platformsServedBy,
  secondmentActive,
  secondmentForbidden,
  SECONDMENT_WORKFLOW,
  type ListedMatter,
} from './burden.ts';
import { approverUnit } from './workflow.ts';

const C = '370902001001';
const m = (o: Partial<ListedMatter>): ListedMatter => ({ id: 1, kind: '依法协助', name: '安全隐患排查', area: '其他', ownerCode: '370902', effectiveFrom: '2025-01-01', effectiveTo: null, ...o });

describe('matter access (A17.1, A17.2)', () => {
  it('A17.1 a list applies below its issuing unit and between its dates only', () => {
    expect(matterInForce(m({}), C, '2026-01-01')).toBe(true);
    expect(matterInForce(m({ ownerCode: '370911' }), C, '2026-01-01')).toBe(false);
    expect(matterInForce(m({}), C, '2024-12-31')).toBe(false);
    expect(matterInForce(m({ effectiveTo: '2025-12-31' }), C, '2026-01-01')).toBe(false);
    expect(matterInForce(m({ ownerCode: '' }), C, '2026-01-01')).toBe(true);
  });

  it('A17.1 the nearest issuing unit wins, names compare without spaces', () => {
    const list = [m({ id: 1, ownerCode: '37' }), m({ id: 2, ownerCode: '370902' }), m({ id: 3, ownerCode: '370911' })];
    expect(findListedMatter(list, '安全 隐患排查', C, '2026-01-01')?.id).toBe(2);
    expect(findListedMatter(list, '招商引资', C, '2026-01-01')).toBeNull();
  });

  it('A17.1 an unlisted matter is refused with what to do about it', () => {
    const v = checkAssignment({ matter: null, name: '招商引资', role: 'assist', communityName: '某社区' });
    expect(v).toMatchObject({ ok: false, code: 'unlisted' });
    expect(!v.ok && v.reason).toMatch(/申请增加事项/);
  });

  it('A17.2 a negative-list matter is refused in any role', () => {
    for (const role of ['assist', 'responsible'] as const) expect(checkAssignment({ matter: m({ kind: '负面清单' }), name: 'x', role, communityName: 'c' })).toMatchObject({ ok: false, code: 'negative' });
  });

  it('A17.2 a community may assist in 拆迁拆违 but never be responsible; elsewhere it may be responsible', () => {
    const demolition = m({ name: '违法建设拆除', area: '拆迁拆违' });
    const refused = checkAssignment({ matter: demolition, name: demolition.name, role: 'responsible', communityName: 'c' });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden_area' });
    expect(!refused.ok && refused.reason).toMatch(/拆迁拆违领域.*只能派为“协助”/);
    expect(checkAssignment({ matter: demolition, name: demolition.name, role: 'assist', communityName: 'c' })).toEqual({ ok: true });
    expect(checkAssignment({ matter: m({ kind: '依法履职', area: '其他' }), name: 'x', role: 'responsible', communityName: 'c' })).toEqual({ ok: true });
  });

  it('A17.1 a department asks the social-work department of its own level', () => {
    expect(approverUnit(matterAddWorkflow('370902').steps[0]!, '370902')).toBe('370902');
    expect(matterAddWorkflow('3709').steps[0]!.level).toBe('city');
    expect(() => matterAddWorkflow('370902001')).toThrow(RangeError);
  });
});

describe('secondment (A17.3)', () => {
  it('A17.3 county level and above may not borrow; a street or other body may ask', () => {
    for (const l of ['province', 'city', 'county'] as const) expect(secondmentForbidden(l)?.reason).toMatch(/不得借调/);
    expect(secondmentForbidden('street')).toBeNull();
    expect(secondmentForbidden('other')).toBeNull();
  });

  it('A17.3 the county social-work department of the worker’s county approves', () => {
    expect(approverUnit(SECONDMENT_WORKFLOW.steps[0]!, C)).toBe('370902');
    expect(SECONDMENT_WORKFLOW.steps[0]!.role).toBe('swb_admin');
  });

  it('A17.3 only an approved secondment between its dates is active; an early return ends it', () => {
    const s = { status: 'approved', startDate: '2026-01-01', endDate: '2026-06-30', endedOn: null };
    expect(secondmentActive(s, '2026-03-01')).toBe(true);
    expect(secondmentActive({ ...s, status: 'pending' }, '2026-03-01')).toBe(false);
    expect(secondmentActive(s, '2026-07-01')).toBe(false);
    expect(secondmentActive({ ...s, endedOn: '2026-03-01' }, '2026-03-01')).toBe(false);
    expect(secondmentActive({ ...s, endedOn: '2026-03-02' }, '2026-03-01')).toBe(true);
  });
});

describe('certificates, limits and platforms (A17.1)', () => {
  it('A17.1 a certificate on a no-longer-issued list matches with or without 证明', () => {
    const list = [{ name: '亲属关系证明' }, { name: '健在证明' }];
    expect(abolishedCertificate('亲属关系', list)?.name).toBe('亲属关系证明');
    expect(abolishedCertificate('开具健在证明', list)?.name).toBe('健在证明');
    expect(abolishedCertificate('居住证明', list)).toBeNull();
  });

  it('A17.1 the nearest owner’s limits apply, else the defaults', () => {
    const s = [{ ownerCode: '37', maxExternalSignboards: 3, maxCertificates: 6, maxPlatforms: 9 }, { ownerCode: '370902', maxExternalSignboards: 2, maxCertificates: 5, maxPlatforms: 5 }];
    expect(limitsFor(s, C).maxPlatforms).toBe(5);
    expect(limitsFor(s, '370911001001').maxPlatforms).toBe(9);
    expect(limitsFor([], C).ownerCode).toBeNull();
  });

  it('A17.1 a community serves every platform whose prefix covers it', () => {
    expect(platformsServedBy([{ servedPrefix: '3709' }, { servedPrefix: '370902001' }, { servedPrefix: '370911' }], C)).toBe(2);
  });
});
