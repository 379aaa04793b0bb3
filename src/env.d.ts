declare module 'virtual:news-explainer/drafts' {
  /** Whether drafts are part of the site being built or served (integrations/drafts.ts). */
  export const showDrafts: boolean;
}
