/** The site's name, shown in the header and in every page title. */
export const SITE_NAME = 'Explainers';
/** One line on what the site is, used on the home page and as its meta description. */
export const SITE_DESCRIPTION = 'Annotated explainers of the news: who said what, and when it happened.';
/** Language of pages that are not a story. */
export const DEFAULT_LANG = 'en-GB';
