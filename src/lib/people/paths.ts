/** A registered person's page, and its link-preview image. */
export const personPath = (id: string): string => `/people/${id}/`;
export const personImagePath = (id: string): string => `/people/${id}/preview.png`;
export const PEOPLE_PATH = '/people/';
