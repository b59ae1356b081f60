/**
 * The content folder the site is built from: `./content` unless GUIDE_CONTENT_DIR names another one
 * (the tests build fixture folders, the benchmark builds generated corpora).
 */
export const contentDir = (process.env.GUIDE_CONTENT_DIR ?? './content').replace(/\/+$/, '');
