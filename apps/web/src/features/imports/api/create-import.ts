import type { ImportJob } from '@cwp/contracts/imports.contract';
import { apiUpload, type UploadHandle } from '../../../lib/api-client.ts';

export type ImportMode = ImportJob['mode'];

export interface CreateImportInput {
  /** The unit the rows belong under; '' = the user's scope. */
  orgCode: string;
  mode: ImportMode;
  file: File;
}

/**
 * Uploads the file and starts the dry run. The server reads the multipart stream once, in order, so the
 * fields must come before the file part.
 */
export function createImport(input: CreateImportInput, onProgress?: (percent: number) => void): UploadHandle<ImportJob> {
  const form = new FormData();
  form.append('orgCode', input.orgCode);
  form.append('mode', input.mode);
  form.append('file', input.file, input.file.name);
  return apiUpload<ImportJob>('/imports', form, onProgress);
}
