import type { AstroIntegration } from 'astro';
import { draftsShown } from '../lib/site/drafts.ts';

const MODULE = 'virtual:news-explainer/drafts';

/**
 * Tells the pages whether drafts are shown, from the command that runs (`astro dev` shows them; a
 * build only with INCLUDE_DRAFTS=1), as a virtual module: Vite's DEV flag follows NODE_ENV even in a
 * build, and an `import.meta.env` value can be overridden by a variable of the same name.
 */
export default function drafts(): AstroIntegration {
  return {
    name: 'news-explainer:drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const shown = draftsShown(command === 'dev');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'news-explainer:drafts',
                resolveId: (id: string) => (id === MODULE ? `\0${MODULE}` : undefined),
                load: (id: string) =>
                  id === `\0${MODULE}` ? `export const showDrafts = ${JSON.stringify(shown)};` : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
