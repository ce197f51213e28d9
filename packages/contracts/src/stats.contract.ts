import { z } from 'zod';

const counts = z.record(z.string(), z.number());
const share = z.number().nullable();

/** Workforce structure of one node of the tree (A16.1); counts are of workers who have not left. */
export const statsNode = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
  asOf: z.string(),
  total: z.number(),
  byCategory: counts,
  byPostClass: counts,
  byGender: counts,
  byAgeBand: counts,
  byEducation: counts,
  byPoliticalStatus: counts,
  bySwQualification: counts,
  bySourceChannel: counts,
  byStatus: counts,
  averageAge: z.number().nullable(),
  under35Share: share,
  collegeOrAboveShare: share,
  partyMemberShare: share,
  certifiedShare: share,
  graduatesShare: share,
  veteransShare: share,
  swProfessionalsShare: share,
  convertedGridShare: share,
  communities: z.number(),
  oneShoulderCommunities: z.number(),
  oneShoulderShare: share,
});
export type StatsNode = z.infer<typeof statsNode>;

export const statsTrendPoint = z.object({
  period: z.string(),
  kind: z.enum(['month_end', 'on_demand', 'reconstructed']),
  takenOn: z.string(),
  total: z.number(),
  averageAge: z.number().nullable(),
  under35Share: share,
  collegeOrAboveShare: share,
  certifiedShare: share,
  oneShoulderShare: share,
});
export type StatsTrendPoint = z.infer<typeof statsTrendPoint>;

export const snapshotResult = z.object({ id: z.number(), period: z.string(), kind: z.string(), takenOn: z.string(), nodes: z.number() });
