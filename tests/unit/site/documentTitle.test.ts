import { describe, expect, it } from 'vitest';
import { DOCUMENT_TITLE_MAX, documentTitle } from '../../../src/lib/site/meta';

describe('documentTitle', () => {
  it('adds the site name when the whole fits in 70 characters', () => {
    expect(documentTitle('US pauses intelligence sharing with Ukraine', 'Explainers')).toBe(
      'US pauses intelligence sharing with Ukraine – Explainers',
    );
    expect(documentTitle(undefined, 'Explainers')).toBe('Explainers');
  });

  it('drops the site name for a longer title, and shortens a title longer still at a word', () => {
    const sixtyFive = 'US military aid deliveries to Ukraine resume through Poland today';
    expect(documentTitle(sixtyFive, 'Explainers')).toBe(sixtyFive);
    const long = 'Kremlin says Putin passed signals to Trump through envoy Witkoff, as Washington seeks a ceasefire';
    const title = documentTitle(long, 'Explainers');
    expect([...title].length).toBeLessThanOrEqual(DOCUMENT_TITLE_MAX);
    expect(title).toBe('Kremlin says Putin passed signals to Trump through envoy Witkoff, as…');
  });
});
