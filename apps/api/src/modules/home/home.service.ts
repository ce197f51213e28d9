// 工作台: one call gathers what waits for the user at the chosen node, each count gated by the permission that
// opens its list, so the home page never shows a number the user could not drill into.
import type { Home, HomeTodo } from '@cwp/contracts/home.contract';
import type { Permission } from '@cwp/contracts/auth.contract';
import { todayIso } from '@cwp/domain/dates';
import type { TrainingPolicy } from '@cwp/domain/training';
import type { Db } from '../../db/database.ts';
import type { PiiCrypto } from '../../security/pii-crypto.ts';
import type { Actor } from '../../security/actor.ts';
import { listReports } from '../attendance/reports.service.ts';
import { listContracts } from '../employment/contracts.service.ts';
import { listUnfiled } from '../employment/filings.service.ts';
import { listProbation } from '../employment/probation.service.ts';
import { getStats, loadStatsNode } from '../stats/stats.service.ts';
import { listAudits } from '../supervision/audits.service.ts';
import { complianceOf } from '../training/compliance.service.ts';
import { listProxies } from '../work-logs/ledger.service.ts';
import { inboxRows } from '../workflow/workflow.service.ts';
import * as q from './home.queries.ts';

/** Training compliance is worked out worker by worker; above a county the home page leaves it to its own page. */
const PER_WORKER_MAX_LEVEL_LENGTH = 6;

export interface HomeDeps {
  trainingPolicy: TrainingPolicy;
  crypto: PiiCrypto;
  probationMonths: number;
}

export async function getHome(opts: { db: Db; actor: Actor; org: string; deps: HomeDeps }): Promise<Home> {
  const { db, actor } = opts;
  const org = opts.org === '' ? actor.scopeCode : opts.org;
  const node = actor.permissions.includes('org:read') || actor.permissions.includes('stats:read') ? await loadStatsNode(db, actor, org) : { code: actor.scopeCode, name: '' };
  const today = todayIso();
  const can = (p: Permission) => actor.permissions.includes(p);
  const withOrg = (path: string, extra = '') => `${path}?org=${node.code}${extra}`;
  const todos: HomeTodo[] = [];
  const skipped: string[] = [];
  const add = (key: HomeTodo['key'], n: number, urgent: boolean, link: string) => {
    if (n > 0) todos.push({ key, count: n, urgent, link });
  };

  const [todo, overdue] = await Promise.all([inboxRows({ db, actor, box: 'todo' }), can('daily:manage') ? inboxRows({ db, actor, box: 'overdue' }) : Promise.resolve([])]);
  add('approvals', todo.length, false, '/daily/inbox');
  add('overdueApprovals', overdue.filter((r) => r.subjectCode.startsWith(node.code)).length, true, '/daily/inbox?box=overdue');
  if (can('daily:manage')) add('leaveUnreturned', await q.countLeaveUnreturned(db, actor.scopeCode, node.code, today), true, withOrg('/daily/leave', '&unreturned=1'));
  if (can('daily:manage') && node.code !== '') {
    // Each count is the list its page shows, asked of the module that owns it, so the two never disagree.
    const [reports, probation, contracts, unfiled, proxies] = await Promise.all([
      listReports({ db, actor, org: node.code, filter: 'unanswered' }),
      listProbation({ db, crypto: opts.deps.crypto, actor, org: node.code, standing: 'flagged', months: opts.deps.probationMonths }),
      listContracts({ db, actor, org: node.code, filter: 'flagged', page: 1, pageSize: 1 }),
      listUnfiled({ db, actor, org: node.code }),
      listProxies({ db, actor, query: { org: node.code, overdue: '1', page: 1, pageSize: 1 } }),
    ]);
    const overdueReports = reports.filter((r) => r.overdue).length;
    add('reportsOverdue', overdueReports, true, withOrg('/daily/reports', '&filter=overdue'));
    add('reportsOpen', reports.length - overdueReports, false, withOrg('/daily/reports', '&filter=unanswered'));
    add('probationOverdue', probation.overdue, true, withOrg('/daily/probation', '&standing=overdue'));
    add('probationDue', probation.due, false, withOrg('/daily/probation', '&standing=due'));
    add('contractsExpired', contracts.counts.expired, true, withOrg('/daily/contracts', '&filter=expired'));
    add('contractsExpiring', contracts.counts.expiring, false, withOrg('/daily/contracts', '&filter=expiring'));
    add('contractsMissing', contracts.counts.none, true, withOrg('/daily/contracts', '&filter=none'));
    add('secretariesUnfiled', unfiled.length, true, withOrg('/daily/secretary-filings'));
    add('proxyOverdue', proxies.total, true, withOrg('/daily/work-logs', '&tab=proxy-services&overdue=1'));
  }
  if (can('supervision:read') && node.code !== '') {
    const audits = await listAudits({ db, actor, org: node.code });
    add('rectificationsOverdue', audits.overdueFindings, true, withOrg('/supervision/audits'));
    add('departuresWithoutAudit', audits.departuresWithoutAudit.length, true, withOrg('/supervision/audits'));
  }
  if (can('incentives:read')) {
    const d = await q.countDifficulties(db, actor.scopeCode, node.code, today);
    add('difficultiesOverdue', d.overdue, true, withOrg('/care/difficulties', '&overdue=1'));
    add('difficultiesOpen', d.open - d.overdue, false, withOrg('/care/difficulties'));
  }
  if (can('training:read')) {
    if (node.code.length >= PER_WORKER_MAX_LEVEL_LENGTH) {
      const items = await complianceOf(db, { orgCode: node.code }, opts.deps.trainingPolicy, today);
      add('trainingOverdue', items.filter((i) => i.status === 'overdue').length, true, withOrg('/training/compliance', '&status=overdue'));
    } else skipped.push('trainingOverdue');
  }

  let figures: Home['figures'] = null;
  if (can('stats:read')) {
    const s = await getStats({ db, actor, code: node.code === '' ? 'root' : node.code });
    figures = { total: s.total, communities: s.communities, averageAge: s.averageAge, under35Share: s.under35Share, certifiedShare: s.certifiedShare };
  }
  return { node: { code: node.code, name: node.name }, todos, figures, skipped };
}
