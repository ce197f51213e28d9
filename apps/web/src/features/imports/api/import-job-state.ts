import type { ImportJob } from '@cwp/contracts/imports.contract';

export type ImportStatus = ImportJob['status'];

/** Statuses in which the server is still working on the job: the page polls while one of these holds. */
export function isImportRunning(status: ImportStatus | undefined): boolean {
  return status === 'queued' || status === 'validating' || status === 'committing';
}

export const importsQueryKey = ['imports'] as const;
