import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { INDEXED_PNG_ENCODER } from './indexedPng.ts';

/** The two families of every card: a serif for headlines and quotes, a sans for labels. */
export const SERIF = 'Source Serif 4';
export const SANS = 'Inter';

export type FontWeight = 400 | 600 | 700;
const WEIGHTS: readonly FontWeight[] = [400, 600, 700];

/**
 * The fonts come from @fontsource packages, as .woff files. Each family is loaded in its latin subset
 * and, for names such as "Łukasz" or "Dvořák", its latin-ext subset under a name of its own (satori
 * keeps one font per name and weight): `cssFontFamily` lists both.
 */
const FAMILIES = [
  { name: SERIF, pkg: '@fontsource/source-serif-4', file: 'source-serif-4' },
  { name: SANS, pkg: '@fontsource/inter', file: 'inter' },
] as const;
const SUBSETS = [
  { subset: 'latin', suffix: '' },
  { subset: 'latin-ext', suffix: ' Ext' },
  // Names and quotes in other alphabets both families cover (Ukrainian, Russian, Greek, Vietnamese).
  { subset: 'cyrillic', suffix: ' Cyrillic' },
  { subset: 'cyrillic-ext', suffix: ' Cyrillic Ext' },
  { subset: 'greek', suffix: ' Greek' },
  { subset: 'vietnamese', suffix: ' Vietnamese' },
] as const;

/**
 * Arabic script, which neither family has, from one more @fontsource package, after both families'
 * own subsets. (Chinese, Japanese and Korean are not covered: their fonts run to tens of megabytes.)
 */
const ARABIC = {
  name: 'Noto Naskh Arabic',
  pkg: '@fontsource/noto-naskh-arabic',
  file: 'noto-naskh-arabic',
  subset: 'arabic',
};

/** The CSS font-family of a family: its latin subset first, then its other subsets, then Arabic. */
export function cssFontFamily(family: typeof SERIF | typeof SANS): string {
  return [...SUBSETS.map(({ suffix }) => `'${family}${suffix}'`), `'${ARABIC.name}'`].join(', ');
}

/** What satori needs to know about one font file. */
export interface PreviewFont {
  readonly name: string;
  readonly data: Buffer;
  readonly weight: FontWeight;
  readonly style: 'normal';
}

const require = createRequire(import.meta.url);

function fontFile(pkg: string, file: string, subset: string, weight: FontWeight): string {
  return require.resolve(`${pkg}/files/${file}-${subset}-${weight}-normal.woff`);
}

let loaded: PreviewFont[] | undefined;

/**
 * Every font of the cards, read once per process. Satori caches what it parses from a font list by
 * the list's identity, so the same array is handed out every time.
 */
export function previewFonts(): PreviewFont[] {
  loaded ??= SUBSETS.flatMap(({ subset, suffix }) =>
    FAMILIES.flatMap(({ name, pkg, file }) =>
      WEIGHTS.map((weight) => ({
        name: name + suffix,
        data: readFileSync(fontFile(pkg, file, subset, weight)),
        weight,
        style: 'normal' as const,
      })),
    ),
  ).concat(
    WEIGHTS.map((weight) => ({
      name: ARABIC.name,
      data: readFileSync(fontFile(ARABIC.pkg, ARABIC.file, ARABIC.subset, weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return loaded;
}

function packageVersion(packageJson: string): string {
  const { name, version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { name: string; version: string };
  return `${name}@${version}`;
}

let versions: readonly string[] | undefined;

/**
 * The exact versions of everything that decides the pixels besides the card's own code: the font
 * packages and the renderers, and the PNG encoder that decides the bytes. They are part of the cache
 * key, so an upgrade renders every card again.
 */
export function rendererVersions(): readonly string[] {
  versions ??= [
    // @fontsource packages do not export package.json; it sits one folder above files/.
    ...[
      ...FAMILIES.map(({ pkg, file }) => fontFile(pkg, file, 'latin', 400)),
      fontFile(ARABIC.pkg, ARABIC.file, ARABIC.subset, 400),
    ].map((font) => packageVersion(path.join(path.dirname(font), '..', 'package.json'))),
    packageVersion(require.resolve('satori/package.json')),
    packageVersion(require.resolve('@resvg/resvg-js/package.json')),
    INDEXED_PNG_ENCODER,
  ];
  return versions;
}
