import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

export { all, one } from '../../support/html';

/** Renders a component with the Container API and parses the HTML, so tests match structure, not strings. */
export async function render(component: AstroComponentFactory, props: Record<string, unknown>): Promise<Root> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(component, { props });
  return fromHtml(html, { fragment: true });
}

/** Text content with whitespace collapsed. */
export const text = (node: Root | Element): string => toString(node).replace(/\s+/g, ' ').trim();

export const attr = (node: Element, name: string): unknown => node.properties[name];
