import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PreviewCardContent } from './content.ts';
import { rendererVersions } from './fonts.ts';
import { renderPng } from './renderPng.ts';

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

/** Whether the cache holds a PNG at `file`; only its signature is read. */
async function isCachedPng(file: string): Promise<boolean> {
  try {
    const handle = await open(file);
    try {
      const { bytesRead, buffer } = await handle.read(new Uint8Array(PNG_SIGNATURE.length), 0, PNG_SIGNATURE.length, 0);
      return bytesRead === PNG_SIGNATURE.length && isPng(buffer);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** A card's image in the cache folder; `ms` is how long drawing it took, absent when it was there already. */
export interface CachedPreview {
  readonly file: string;
  readonly hash: string;
  /** The image's bytes when it was drawn now (a build copies cached files without reading them). */
  readonly png?: Uint8Array<ArrayBuffer>;
  readonly ms?: number;
}

/**
 * The card's PNG in the cache folder: found there when the same content was drawn before, else drawn
 * now and stored (written to a temporary file and renamed, so a build that stops half-way or runs
 * beside another never leaves a broken image).
 */
export async function cachedPreview(content: PreviewCardContent): Promise<CachedPreview> {
  const hash = previewHash(content);
  const dir = previewCacheDir();
  const file = path.join(dir, `${hash}.png`);
  if (await isCachedPng(file)) return { file, hash };
  const start = performance.now();
  const png = await renderPng(content);
  const ms = Math.round(performance.now() - start);
  await mkdir(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, png);
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
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
  const { file, png, hash, ms } = await cachedPreview(content);
  log(previewLogLine(label, ms));
  return { png: png ?? new Uint8Array(await readFile(file)), cached: ms === undefined, hash };
}
