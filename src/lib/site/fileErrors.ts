/** The `code` of a Node file-system error (`ENOENT`, `EACCES`, …), or '' for anything else. */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

const REASONS: Record<string, string> = {
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EFBIG: 'the file is too large for this file system or limit',
  EISDIR: 'it is a folder',
};

/** Why a file operation failed, in an editor's words ("the disk is full"), for one-line messages. */
export function fileErrorReason(error: unknown): string {
  return REASONS[errorCode(error)] ?? (error instanceof Error ? error.message : String(error));
}
