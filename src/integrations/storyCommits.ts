import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFolderHistory, sameStoryText } from '../lib/history/folderHistory.ts';

/**
 * The commit each story (by slug, in the folder of stories) was last committed in, for the stories
 * whose file is exactly that commit's text: what the build published is that version. A story edited
 * since, not committed yet, or in a site without git history has none. One `git log` and one
 * `git cat-file` for every story together.
 */
export function publishedCommits(explainers: string, slugs: readonly string[]): Map<string, string> {
  const commits = new Map<string, string>();
  const history = readFolderHistory(
    explainers,
    slugs.map((slug) => `${slug}/index.mdx`),
  );
  if (!history) return commits;
  const latest = slugs.flatMap((slug) => {
    const version = history.versions.get(`${slug}/index.mdx`)?.[0];
    return version ? [{ slug, version }] : [];
  });
  const texts = history.texts(latest.map(({ version }) => version));
  for (const { slug, version } of latest) {
    const committed = texts.get(version.blob);
    let working: string;
    try {
      working = readFileSync(path.join(explainers, slug, 'index.mdx'), 'utf8');
    } catch {
      continue;
    }
    if (committed !== undefined && sameStoryText(committed, working)) commits.set(slug, version.commit);
  }
  return commits;
}
