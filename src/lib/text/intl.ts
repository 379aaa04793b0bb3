/**
 * Intl formatters and segmenters, made once per locale and options. Making one costs far more than
 * using it, and a build formats the same few dates and splits text in the same few locales thousands
 * of times.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.Segmenter>();

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = made.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) made.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function segmenterFor(
  locale: string | undefined,
  granularity: Intl.SegmenterOptions['granularity'],
): Intl.Segmenter {
  const key = `segment|${locale ?? ''}|${granularity ?? ''}`;
  let segmenter = made.get(key) as Intl.Segmenter | undefined;
  if (!segmenter) made.set(key, (segmenter = new Intl.Segmenter(locale, { granularity })));
  return segmenter;
}
