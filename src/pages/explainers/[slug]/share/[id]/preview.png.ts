import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { previewImage } from '../../../../../lib/preview/cache';
import { sharePreview, type PreviewCardContent } from '../../../../../lib/preview/content';
import { previewImagePath, shareTargets } from '../../../../../lib/share/shareTargets';

/**
 * The link-preview image of each section and quote callout of a story:
 * /explainers/<slug>/share/<id>/preview.png (`previewImagePath(slug, id)`).
 */
export const getStaticPaths = (async () => {
  const entries = await getCollection('explainers');
  return entries.flatMap((entry) =>
    shareTargets(entry.data, entry.body ?? '').map((target) => ({
      params: { slug: entry.id, id: target.id },
      props: { path: previewImagePath(entry.id, target.id), card: sharePreview(entry.data, target) },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  path: string;
  card: PreviewCardContent;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { png } = await previewImage(props.card, props.path);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
