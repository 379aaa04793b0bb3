import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { previewImage } from '../../../lib/preview/cache';
import { storyPreview } from '../../../lib/preview/content';
import { previewImagePath } from '../../../lib/share/shareTargets';

/** The link-preview image of a whole story: /explainers/<slug>/preview.png (`previewImagePath(slug)`). */
export const getStaticPaths = (async () => {
  const entries = await getCollection('explainers');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

interface Props {
  entry: CollectionEntry<'explainers'>;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { entry } = props;
  const { png } = await previewImage(storyPreview(entry.data), previewImagePath(entry.id));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
