import { useQuery } from '@tanstack/react-query';
import { sourceArticle } from '../../data/article';
import { DEFAULT_TIMEOUT_MS, fetchText } from '../../data/load-dataset';

const ARTICLE_URL = `${import.meta.env.BASE_URL}${sourceArticle.textPath}`;
/** The story is about 6 KB; anything far larger is not the story. */
const MAX_BYTES = 200_000;

/** The story's text, loaded once, with the same time and size limits as the data. */
export function useArticleText() {
  return useQuery({
    queryKey: ['article-text', ARTICLE_URL],
    queryFn: ({ signal }) =>
      fetchText(ARTICLE_URL, { signal, timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: MAX_BYTES }),
  });
}
