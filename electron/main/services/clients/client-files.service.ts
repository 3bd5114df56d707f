import type { SessionUser } from '../../../../shared/ipc/dto/auth';
import {
  type ClientFileContent,
  type ClientFilePage,
  type ClientFileRow,
} from '../../../../shared/ipc/dto/client-files';
import { DEFAULT_MAX_FILE_BYTES, formatFileSize } from '../../../../shared/domain/files';
import { AppFailure } from '../../../../shared/ipc/result';
import { normalizeAttachmentName, normalizeMime, realExtension } from '../../../../shared/domain/file-names';
import type { Core } from '../../core-types';
import {
  countClientFiles,
  countFilesWithContent,
  deleteClientFile,
  getClientFile,
  insertClientFile,
  listClientFiles,
  type ClientFileRecord,
} from '../../db/repos/client-files.repo';
import { getSetting } from '../../db/repos/settings.repo';
import { assertClientExists, auditClient } from './client-audit';
import { blobExists, readBlob, removeBlob, writeBlob } from './client-file-store';

/** app_settings key of the size limit in bytes; absent = 25 MB. */
export const MAX_FILE_BYTES_SETTING = 'clientFiles.maxBytes';

export function maxFileBytes(core: Core): number {
  const value = Number(getSetting(core.db, MAX_FILE_BYTES_SETTING));
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_FILE_BYTES;
}

const toRow = (core: Core, r: ClientFileRecord): ClientFileRow => ({
  id: r.id,
  name: r.name,
  extension: realExtension(r.name),
  mime: r.mime,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedAt: r.uploaded_at,
  uploadedByName: r.uploaded_by_name,
  missing: !blobExists(core.dataDir, r.sha256),
});

// Keeps the name a person gave the file, minus anything that could act as a path, hide the
// real extension or be a Windows device name; a type with a line break is refused.
function checkedNameAndType(input: { name: string; mime: string }): { name: string; mime: string } {
  const name = normalizeAttachmentName(input.name);
  if (!name.ok) throw new AppFailure('input.invalid', { reasons: [name.message] });
  const mime = normalizeMime(input.mime);
  if (!mime.ok) throw new AppFailure('input.invalid', { reasons: [mime.message] });
  return { name: name.name, mime: mime.mime };
}

export function listFiles(
  core: Core,
  q: { clientId: number; before?: number; limit: number },
): ClientFilePage {
  const rows = listClientFiles(core.db, q.clientId, q.before ?? Number.MAX_SAFE_INTEGER, q.limit + 1);
  const hasMore = rows.length > q.limit;
  const page = hasMore ? rows.slice(0, q.limit) : rows;
  if (q.before === undefined && page.length === 0) assertClientExists(core.db, q.clientId);
  return {
    rows: page.map((r) => toRow(core, r)),
    next: hasMore ? (page[page.length - 1]?.id ?? null) : null,
    total: q.before === undefined ? countClientFiles(core.db, q.clientId) : null,
    maxBytes: maxFileBytes(core),
  };
}

export function attachFile(
  core: Core,
  user: SessionUser,
  input: { clientId: number; name: string; mime: string; contentBase64: string },
): ClientFileRow {
  const { name, mime } = checkedNameAndType(input);
  const limit = maxFileBytes(core);
  // Base64 carries 3 bytes per 4 chars: refuse before decoding a body far over the limit.
  if (Math.floor((input.contentBase64.length * 3) / 4) - 2 > limit) throw tooLarge(limit);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length > limit) throw tooLarge(limit);
  assertClientExists(core.db, input.clientId);
  const sha256 = writeBlob(core.dataDir, bytes);
  const at = core.now().toISOString();
  return core.db.transaction(() => {
    const id = insertClientFile(core.db, {
      client_id: input.clientId,
      name,
      mime,
      size_bytes: bytes.length,
      sha256,
      uploaded_at: at,
      uploaded_by: user.id,
      uploaded_by_name: user.name,
    });
    auditClient(
      core.db,
      user,
      input.clientId,
      `Arquivo anexado: ${name}`,
      { file: { before: null, after: `${name} (${formatFileSize(bytes.length)})` } },
      at,
    );
    return toRow(core, getClientFile(core.db, id) as ClientFileRecord);
  })();
}

const tooLarge = (limit: number) => new AppFailure('clients.fileTooLarge', { limitBytes: limit });

function fileOrFail(core: Core, id: number): ClientFileRecord {
  const f = getClientFile(core.db, id);
  if (!f) throw new AppFailure('clients.fileGone');
  return f;
}

export function downloadFile(core: Core, id: number): ClientFileContent {
  const f = fileOrFail(core, id);
  const bytes = readBlob(core.dataDir, f.sha256);
  if (!bytes) throw new AppFailure('clients.fileContentMissing', { name: f.name });
  return { name: f.name, mime: f.mime, contentBase64: bytes.toString('base64') };
}

export function deleteFile(core: Core, user: SessionUser, id: number): void {
  const at = core.now().toISOString();
  const f = core.db.transaction(() => {
    const file = fileOrFail(core, id);
    deleteClientFile(core.db, id);
    auditClient(
      core.db,
      user,
      file.client_id,
      `Arquivo excluído: ${file.name}`,
      { file: { before: `${file.name} (${formatFileSize(file.size_bytes)})`, after: null } },
      at,
    );
    return file;
  })();
  // After the commit: a rollback must never leave a row pointing at deleted bytes.
  if (countFilesWithContent(core.db, f.sha256) === 0) removeBlob(core.dataDir, f.sha256);
}
