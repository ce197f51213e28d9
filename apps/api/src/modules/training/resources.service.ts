// 资源库 (A8.4): course materials a unit shares with its jurisdiction, visible along the same path as the
// trainer pool. Files are stored by the app under DATA_DIR/resources, named by their SHA-256, so identical
// content is kept once and a record never points at a half-written file. Uploads, downloads and removals
// are audited; removal is soft (the row and the file stay for the audit trail).
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, stat, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { z } from 'zod';
import { msg } from '@cwp/contracts/messages';
import type { Resource, RESOURCE_KINDS, resourceFields } from '@cwp/contracts/training.contract';
import type { TrainingTopic } from '@cwp/domain/training';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';
import { insertAudit } from '../audit/audit.queries.ts';
import * as q from './resources.queries.ts';
import { mayEdit, requireOwnerUnit } from './trainers.service.ts';

const MAX_RESOURCE_BYTES = 100 * 1024 * 1024;

/** Allowed extensions and the content type a download is served with; the browser's own claim is not trusted. */
const FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  txt: 'text/plain',
  zip: 'application/zip',
};

const BAD_TYPE = msg(
  '只能上传 PDF、Word、PPT、Excel、MP4、MP3、JPG、PNG、TXT 或 ZIP 文件',
  'Only PDF, Word, PowerPoint, Excel, MP4, MP3, JPG, PNG, TXT or ZIP files can be uploaded',
);
const TOO_LARGE = msg('文件超过 100 MB，请压缩或拆分后上传', 'The file exceeds 100 MB; compress or split it before uploading');
const EMPTY = msg('文件是空的，请重新选择', 'The file is empty; choose another one');
const RESOURCE_NOT_FOUND = msg('资源不存在或不在您的数据范围内', 'This resource does not exist or is outside your data scope');
const KEPT_ABOVE = msg('该资源由上级单位维护，您只能查看和下载', 'A higher unit keeps this resource; you can view and download it but not remove it');
const FILE_MISSING = msg('服务器上找不到该资源的文件，请联系系统管理员从备份恢复', 'The stored file of this resource is missing; ask the administrator to restore it from backup');

type ResourceFields = z.output<typeof resourceFields>;
type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The name a download is offered under: the uploader's base name without control characters, at most 200 characters. */
function cleanFileName(raw: string): string {
  const base = (raw.split(/[\\/]/).pop() ?? '').replace(/\p{Cc}/gu, '').trim();
  if (base.length <= 200) return base;
  const ext = extname(base);
  return base.slice(0, 200 - ext.length) + ext;
}

function present(l: q.ListedResource, actor: Actor): Resource {
  const r = l.r;
  return {
    id: r.id,
    orgCode: r.orgCode,
    orgName: l.orgName,
    title: r.title,
    kind: r.kind as ResourceKind,
    topics: r.topics as TrainingTopic[],
    description: r.description,
    fileName: r.fileName,
    mimeType: r.mimeType,
    size: r.size,
    uploadedBy: r.uploadedBy,
    uploadedAt: r.uploadedAt.toISOString(),
    editable: mayEdit(actor, r.orgCode),
  };
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Streams the upload to a temporary name beside the store, hashing and counting as it goes, then renames it
 * to its hash. The rename is atomic on one file system, so a reader sees the whole file or nothing.
 */
async function storeContent(dir: string, file: Readable): Promise<{ sha256: string; size: number }> {
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.upload-${randomUUID()}`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > MAX_RESOURCE_BYTES) return done(new AppError('PAYLOAD_TOO_LARGE', TOO_LARGE, [{ path: 'file', message: TOO_LARGE }]));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(file, meter, createWriteStream(tmp, { flags: 'wx' }));
    if (size === 0) throw new AppError('VALIDATION_FAILED', EMPTY, [{ path: 'file', message: EMPTY }]);
    const sha256 = hash.digest('hex');
    const target = join(dir, sha256);
    if (await exists(target)) await unlink(tmp);
    else await rename(tmp, target);
    return { sha256, size };
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

/** Resources on the caller's path (or on the path of `org` inside it), newest first. */
export async function listResources(opts: { db: Db; actor: Actor; org?: string; kind?: ResourceKind; topic?: TrainingTopic; q?: string }): Promise<Resource[]> {
  const { db, actor } = opts;
  const rows = await q.listResources(db, { scopeCode: actor.scopeCode, org: opts.org, kind: opts.kind, topic: opts.topic, q: opts.q || undefined });
  return rows.map((r) => present(r, actor));
}

/**
 * Stores an uploaded file and records it for a unit inside the caller's scope. Refusals (type, owner) come
 * before anything is written; the stream is drained so the request still completes with the message.
 */
export async function uploadResource(opts: { db: Db; dir: string; actor: Actor; input: ResourceFields; fileName: string; file: Readable }): Promise<Resource> {
  const { db, actor, input, file } = opts;
  const fileName = cleanFileName(opts.fileName);
  const mimeType = FILE_TYPES[extname(fileName).slice(1).toLowerCase()];
  try {
    if (!mimeType) throw new AppError('VALIDATION_FAILED', BAD_TYPE, [{ path: 'file', message: BAD_TYPE }]);
    await requireOwnerUnit(db, actor, input.orgCode);
  } catch (err) {
    file.resume();
    throw err;
  }
  const { sha256, size } = await storeContent(opts.dir, file);
  // A failed insert leaves the stored file unreferenced; it is content-addressed, so a later upload reuses it.
  const row = await db.transaction(async (tx) => {
    const row = await q.insertResource(tx, { ...input, fileName, mimeType, size, sha256, uploadedBy: actor.displayName });
    await insertAudit(tx, {
      actorUserId: actor.userId,
      actorName: actor.username,
      ip: actor.ip,
      action: 'resource_upload',
      objectType: 'training_resource',
      objectId: String(row.id),
      outcome: 'success',
      detail: { orgCode: row.orgCode, title: row.title, fileName, size, sha256 },
    });
    return row;
  });
  const found = await q.findVisibleResource(db, row.id, actor.scopeCode);
  if (!found) throw notFound(RESOURCE_NOT_FOUND);
  return present(found, actor);
}

/** Opens a visible resource's file for download and audits the download. */
export async function openResourceFile(opts: { db: Db; dir: string; actor: Actor; id: number }): Promise<{ resource: Resource; stream: Readable }> {
  const { db, actor, id } = opts;
  const found = await q.findVisibleResource(db, id, actor.scopeCode);
  if (!found) throw notFound(RESOURCE_NOT_FOUND);
  const path = join(opts.dir, found.r.sha256);
  if (!(await exists(path))) throw new AppError('INVALID_STATE', FILE_MISSING);
  await insertAudit(db, {
    actorUserId: actor.userId,
    actorName: actor.username,
    ip: actor.ip,
    action: 'resource_download',
    objectType: 'training_resource',
    objectId: String(id),
    outcome: 'success',
    detail: { orgCode: found.r.orgCode, title: found.r.title, fileName: found.r.fileName },
  });
  return { resource: present(found, actor), stream: createReadStream(path) };
}

/** Takes a resource out of the library (soft: the row and the file stay for the audit trail). */
export async function removeResource(opts: { db: Db; actor: Actor; id: number }): Promise<void> {
  const { db, actor, id } = opts;
  const found = await q.findVisibleResource(db, id, actor.scopeCode);
  if (!found) throw notFound(RESOURCE_NOT_FOUND);
  if (!mayEdit(actor, found.r.orgCode)) throw new AppError('FORBIDDEN', KEPT_ABOVE);
  await db.transaction(async (tx) => {
    const row = await q.markRemoved(tx, id);
    if (!row) throw notFound(RESOURCE_NOT_FOUND);
    await insertAudit(tx, {
      actorUserId: actor.userId,
      actorName: actor.username,
      ip: actor.ip,
      action: 'resource_remove',
      objectType: 'training_resource',
      objectId: String(id),
      outcome: 'success',
      detail: { orgCode: row.orgCode, title: row.title, fileName: row.fileName },
    });
  });
}
