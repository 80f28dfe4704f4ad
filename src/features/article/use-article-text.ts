import { useQuery } from '@tanstack/react-query';
import { sourceArticle } from '../../data/article';

const ARTICLE_URL = `${import.meta.env.BASE_URL}${sourceArticle.textPath}`;

async function fetchArticleText(signal: AbortSignal): Promise<string> {
  const response = await fetch(ARTICLE_URL, { signal });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
}

/** The story's text, loaded once. */
export function useArticleText() {
  return useQuery({
    queryKey: ['article-text', ARTICLE_URL],
    queryFn: ({ signal }) => fetchArticleText(signal),
  });
}
