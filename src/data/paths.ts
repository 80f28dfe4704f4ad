/**
 * Where the shipped files live, relative to public/ (and to the site's base URL). One place for
 * the data script that writes them, the app that loads them and the build that preloads them.
 */
export const DATASET_PATH = 'data/russia-covid19-daily.json';
export const ARTICLE_TEXT_PATH = 'article/source-article.txt';
