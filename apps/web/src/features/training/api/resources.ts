import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Resource, RESOURCE_KINDS } from '@cwp/contracts/training.contract';
import type { TrainingTopic } from '@cwp/domain/training';
import { apiGet, apiRequest, apiUpload, type UploadHandle } from '../../../lib/api-client.ts';

export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface ResourceFilter {
  /** Working unit from the header picker; '' = the user's whole scope. */
  org: string;
  kind?: ResourceKind;
  topic?: TrainingTopic;
  q?: string;
}

export function useResources(f: ResourceFilter) {
  return useQuery({
    queryKey: ['training', 'resources', f],
    queryFn: () => apiGet<Resource[]>('/training/resources', { org: f.org, kind: f.kind, topic: f.topic, q: f.q }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export interface UploadResourceInput {
  orgCode: string;
  title: string;
  kind: ResourceKind;
  topics: TrainingTopic[];
  description: string;
  file: File;
}

/**
 * The server reads the multipart stream once, in order, and checks the text fields before storing a byte,
 * so they go before the file part; topics travel comma-separated.
 */
export function uploadResource(input: UploadResourceInput, onProgress?: (percent: number) => void): UploadHandle<Resource> {
  const form = new FormData();
  form.append('orgCode', input.orgCode);
  form.append('title', input.title);
  form.append('kind', input.kind);
  form.append('topics', input.topics.join(','));
  form.append('description', input.description);
  form.append('file', input.file, input.file.name);
  return apiUpload<Resource>('/training/resources', form, onProgress);
}

/** Refreshes the library after an upload finished outside react-query (apiUpload reports progress). */
export function useRefreshResources() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['training', 'resources'] });
}

export function useRemoveResource() {
  const onSuccess = useRefreshResources();
  return useMutation({ mutationFn: (id: number) => apiRequest<{ ok: true }>(`/training/resources/${id}`, { method: 'DELETE' }), onSuccess });
}

/** Same-origin link: the session cookie goes along and the server names the file (Content-Disposition). */
export const resourceFileUrl = (id: number) => `/api/training/resources/${id}/file`;
