// Demo training history for the 泰安 workforce (A8): last year's city class for secretaries and street
// rotation training, this year's county backbone classes and a city online course. Deterministic, so the
// demo and the tests see the same picture. The secretaries and directors of one community (the demo
// secretary's) are left untrained, so the overdue list has real entries to show.
import type { DemoWorker } from './demo-workforce.ts';

export const UNTRAINED_DEMO_COMMUNITY = '370902001001';

export type DemoProgramme = {
  id: number;
  organiserCode: string;
  title: string;
  tier: string;
  kind: string;
  topics: string[];
  mode: string;
  startDate: string;
  endDate: string;
  hours: number;
  location: string;
  description: string;
  trainerIds: number[];
  createdBy: string;
};

export type DemoEnrolment = {
  programmeId: number;
  workerId: number;
  attended: boolean | null;
  hours: number | null;
  onlineHours: number | null;
  result: string | null;
  completed: boolean;
  enrolledBy: string;
};

const isKey = (w: DemoWorker) => w.positions.includes('党组织书记') || w.positions.includes('居委会主任');
/** A stable pseudo-random share of workers, by index, without a shared generator's order effects. */
const pick = (i: number, salt: number, share: number) => ((Math.imul(i + 1, 2654435761) ^ Math.imul(salt, 40503)) >>> 0) % 100 < share * 100;

export function generateDemoTraining(demo: DemoWorker[], opts: { today: string; units: Map<string, string> }) {
  const y = Number(opts.today.slice(0, 4));
  const programmes: DemoProgramme[] = [];
  const enrolments: DemoEnrolment[] = [];
  const add = (p: Omit<DemoProgramme, 'id' | 'trainerIds' | 'createdBy' | 'location' | 'description'> & { location?: string }, who: number[], online = false) => {
    const id = programmes.length + 1;
    programmes.push({ ...p, id, location: p.location ?? '', description: '', trainerIds: [], createdBy: '系统初始化' });
    const done = p.endDate < opts.today;
    for (const i of who) {
      enrolments.push({
        programmeId: id,
        workerId: i + 1,
        attended: done ? true : null,
        hours: done && !online ? p.hours : null,
        onlineHours: done && online ? p.hours : null,
        result: done ? '合格' : null,
        completed: done,
        enrolledBy: '系统初始化',
      });
    }
  };
  const trainable = demo.map((w, i) => ({ w, i })).filter(({ w }) => w.communityCode !== UNTRAINED_DEMO_COMMUNITY || !isKey(w));

  add(
    { organiserCode: '3709', title: `${y - 1} 年泰安市社区党组织书记示范培训班`, tier: '市级重点培训', kind: '在职培训', topics: ['政治理论', '群众工作', '依法办事'], mode: '线下', startDate: `${y - 1}-06-10`, endDate: `${y - 1}-06-14`, hours: 40, location: '泰安市委党校' },
    trainable.filter(({ w, i }) => isKey(w) && w.communityStartDate < `${y - 1}-06-10` && pick(i, 1, 0.85)).map(({ i }) => i),
  );
  const counties = [...new Set(demo.map((w) => w.communityCode.slice(0, 6)))].sort();
  for (const c of counties) {
    add(
      { organiserCode: c, title: `${y} 年${opts.units.get(c) ?? c}社区“两委”成员履职能力培训`, tier: '县级骨干培训', kind: '在职培训', topics: ['矛盾调解', '应急处突', '协调沟通'], mode: '线下', startDate: `${y}-04-15`, endDate: `${y}-04-17`, hours: 24, location: `${opts.units.get(c) ?? ''}党群服务中心` },
      trainable.filter(({ w, i }) => w.communityCode.startsWith(c) && isKey(w) && w.communityStartDate < `${y}-04-15` && pick(i, 2, 0.7)).map(({ i }) => i),
    );
  }
  const streets = [...new Set(demo.map((w) => w.streetCode))].sort();
  for (const s of streets) {
    add(
      { organiserCode: s, title: `${y - 1} 年${opts.units.get(s) ?? s}社区工作者全员轮训`, tier: '街道全员培训', kind: '在职培训', topics: ['群众工作', '政策法规', '廉政'], mode: '线下', startDate: `${y - 1}-09-20`, endDate: `${y - 1}-09-21`, hours: 12 },
      trainable.filter(({ w, i }) => w.streetCode === s && !isKey(w) && w.communityStartDate < `${y - 1}-09-20` && pick(i, 3, 0.55)).map(({ i }) => i),
    );
  }
  add(
    { organiserCode: '3709', title: `${y} 年社区工作者信息技术应用线上专题`, tier: '市级重点培训', kind: '专项培训', topics: ['信息技术应用'], mode: '线上', startDate: `${y}-03-01`, endDate: `${y}-03-31`, hours: 8 },
    trainable.filter(({ w, i }) => !isKey(w) && w.communityStartDate < `${y}-03-01` && pick(i, 4, 0.2)).map(({ i }) => i),
    true,
  );
  return { programmes, enrolments };
}
