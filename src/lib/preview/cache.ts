import { createHash, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { PreviewCardContent } from './content.ts';
import { rendererVersions } from './fonts.ts';
import { renderPng } from './renderPng.ts';
import { fileErrorReason as errorReason } from '../site/fileErrors.ts';

/**
 * Bump when the look of the cards changes (layout, sizes, colours, fitting rules): every cached
 * image is then drawn again. Texts, fonts and renderer versions are in the key already.
 */
export const CARD_VERSION = 2;

/** Where rendered cards are kept between builds; `PREVIEW_CACHE_DIR` overrides it. */
export function previewCacheDir(): string {
  return process.env['PREVIEW_CACHE_DIR'] ?? path.resolve('node_modules/.cache/news-explainer/previews');
}

/** JSON with keys in a fixed order, so the key never depends on how an object was built. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 of what the image shows (kind and every text), the card version and the font and renderer versions. */
export function previewHash(content: PreviewCardContent): string {
  const key = canonicalJson({ card: CARD_VERSION, renderer: rendererVersions(), content });
  return createHash('sha256').update(key).digest('hex');
}

export interface PreviewImage {
  readonly png: Uint8Array<ArrayBuffer>;
  /** true when the image came from the cache folder, false when it was drawn now. */
  readonly cached: boolean;
  readonly hash: string;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const isPng = (bytes: Uint8Array): boolean => PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);

/**
 * Whether `bytes` is a whole, undamaged PNG: the signature, IHDR first, every chunk complete and matching
 * the CRC-32 it was written with, image data, and IEND as the very last bytes. A file cut short after its
 * signature, or with a damaged byte anywhere, fails. (The CRCs cost microseconds per image; inflating the
 * pixels as well measured about 30 ms per image here, and a large archive reuses thousands per build.)
 */
export function isIntactPng(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_SIGNATURE.length || !isPng(bytes)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG_SIGNATURE.length;
  let hasData = false;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return false;
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (offset === PNG_SIGNATURE.length && (type !== 'IHDR' || length !== 13)) return false;
    if (crc32(bytes.subarray(offset + 4, end - 4)) !== view.getUint32(end - 4)) return false;
    if (type === 'IDAT') hasData = true;
    if (type === 'IEND') return hasData && end === bytes.length;
    offset = end;
  }
  return false;
}

/** The cached PNG at `file` when it is there and intact (see isIntactPng); otherwise undefined. */
async function readIntactPng(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  return bytes && isIntactPng(bytes) ? new Uint8Array(bytes) : undefined;
}

const cacheProblem = (dir: string, error: unknown): string =>
  `cannot write the preview image cache ${dir} (${errorReason(error)}): make it writable, or set PREVIEW_CACHE_DIR to a folder you can write`;

/**
 * One line naming the cache folder and the fix when images cannot be stored there, else undefined. The
 * folder is created if missing, then a probe file is created and removed in it: a real write, so a
 * read-only mount, an immutable folder or a file in the way are found the same way for root and others.
 */
export function previewCacheProblem(): string | undefined {
  const dir = previewCacheDir();
  try {
    mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}-${randomUUID()}`);
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
    return undefined;
  } catch (error) {
    return cacheProblem(dir, error);
  }
}

/** A card's image in the cache folder; `ms` is how long drawing it took, absent when it was there already. */
export interface CachedPreview {
  readonly file: string;
  readonly hash: string;
  /** The image's bytes, drawn now or read (and verified) from the cache. */
  readonly png: Uint8Array<ArrayBuffer>;
  readonly ms?: number;
}

/**
 * The card's PNG in the cache folder: found there when the same content was drawn before and the file
 * is intact, else drawn now and stored (written to a temporary file and renamed, so a build that stops
 * half-way or runs beside another never leaves a broken image; a damaged one is replaced).
 */
export async function cachedPreview(content: PreviewCardContent): Promise<CachedPreview> {
  const hash = previewHash(content);
  const dir = previewCacheDir();
  const file = path.join(dir, `${hash}.png`);
  const cached = await readIntactPng(file);
  if (cached) return { file, hash, png: cached };
  const start = performance.now();
  const png = await renderPng(content);
  const ms = Math.round(performance.now() - start);
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, png);
    await rename(temporary, file);
  } catch (error) {
    throw new Error(cacheProblem(dir, error), { cause: error });
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
  return { file, hash, png, ms };
}

/** The line a build log shows for one image, so the log tells how many images were drawn. */
export const previewLogLine = (label: string, ms: number | undefined): string =>
  ms === undefined ? `[preview] cached ${label}` : `[preview] rendered ${label} (${ms} ms)`;

/**
 * The PNG of a card (see cachedPreview), logging one line: `[preview] rendered <label> (<ms> ms)` or
 * `[preview] cached <label>`.
 */
export async function previewImage(
  content: PreviewCardContent,
  label: string,
  log: (line: string) => void = console.log,
): Promise<PreviewImage> {
  const { png, hash, ms } = await cachedPreview(content);
  log(previewLogLine(label, ms));
  return { png, cached: ms === undefined, hash };
}
