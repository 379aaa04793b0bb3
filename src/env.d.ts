declare module 'virtual:news-explainer/drafts' {
  /** Whether drafts are part of the site being built or served (integrations/drafts.ts). */
  export const showDrafts: boolean;
}

declare module 'virtual:news-explainer/site-code' {
  /** The digest of the site's code, config, public files and locked dependencies (integrations/incrementalBuild.ts). */
  export const siteCode: string;
}
