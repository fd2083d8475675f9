import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import { defineMessages, useMessages } from '../../../lib/i18n';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { useFetchArticle, type FetchedArticle } from '../api/fetch-article';

const messages = defineMessages({
  url: { en: 'Article URL', ar: 'رابط المقال' },
  hint: {
    en: 'Claimline fetches the page, keeps the article text and reads its title, outlet and date. Check them before saving.',
    ar: 'يجلب كليم لاين الصفحة ويحتفظ بنص المقال ويقرأ عنوانه ووسيلته وتاريخه. راجعها قبل الحفظ.',
  },
  fetch: { en: 'Fetch', ar: 'جلب' },
  fetching: { en: 'Fetching…', ar: 'جارٍ الجلب…' },
  required: { en: 'Enter the URL of an article.', ar: 'أدخل رابط مقال.' },
});

export type FromUrlPanelProps = { onFetched: (article: FetchedArticle) => void };

/** The "From URL" tab: fetches a page and hands the result to the New article form. */
export function FromUrlPanel({ onFetched }: FromUrlPanelProps) {
  const t = useMessages(messages);
  const fetchArticle = useFetchArticle();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string[] | undefined>();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!url.trim()) {
      setError([t.required]);
      return;
    }
    setError(undefined);
    fetchArticle.mutate(
      { url: url.trim() },
      {
        onSuccess: onFetched,
        onError: (failure) =>
          setError(failure instanceof ApiError ? (failure.fieldErrors.url ?? [failure.message]) : [failure.message]),
      },
    );
  }

  return (
    <form className="panel form" onSubmit={handleSubmit} noValidate data-testid="article-from-url">
      <Field label={t.url} error={error} hint={t.hint}>
        <input
          type="url"
          dir="ltr"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://"
          data-testid="article-fetch-url"
        />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" disabled={fetchArticle.isPending} data-testid="article-fetch">
          {fetchArticle.isPending ? t.fetching : t.fetch}
        </Button>
      </div>
    </form>
  );
}
