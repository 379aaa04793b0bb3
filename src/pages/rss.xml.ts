import { toHtml } from 'hast-util-to-html';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getExplainers } from '../data/explainers';
import { DEFAULT_LANG, SITE_DESCRIPTION, SITE_NAME } from '../lib/present/site';
import { newestFirst, publicationTime } from '../lib/present/dates';
import { explainerPath } from '../lib/share/shareTargets';
import { CHANGE_LABELS, latestChange } from '../lib/present/changes';
import { lastModified } from '../lib/share/jsonLd';

/** /rss.xml: every explainer, newest first, with its standfirst and tags; a changed one says what changed, and when. */
export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) throw new Error('/rss.xml needs Astro `site` (SITE_URL) for its absolute links');
  const entries = newestFirst(await getExplainers(), (e) => e.data.published);
  const self = new URL('/rss.xml', site).href;
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${DEFAULT_LANG.toLowerCase()}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: entries.map((entry) => {
      const latest = latestChange(entry.data);
      // A changed story says so first: "Correction, 6 March 2025, 09:00 GMT: …", then its standfirst.
      const said = latest
        ? `${CHANGE_LABELS[latest.change.kind]}, ${latest.when}: ${latest.change.text} ${entry.data.dek}`
        : entry.data.dek;
      return {
        title: entry.data.title,
        // RSS descriptions are HTML: the words are text, so they are escaped as text first.
        description: toHtml({ type: 'text', value: said }),
        link: explainerPath(entry.id),
        pubDate: new Date(publicationTime(entry.data.published)),
        categories: entry.data.tags,
        ...(latest
          ? {
              customData: `<atom:updated>${new Date(publicationTime(lastModified(entry.data))).toISOString()}</atom:updated>`,
            }
          : {}),
      };
    }),
  });
};
