import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useCan } from '../../../lib/auth';
import {
  defineMessages,
  definePlurals,
  format,
  useI18n,
  useMessages,
  type Messages as MessagesOf,
} from '../../../lib/i18n';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Field } from '../../../components/ui/field';
import { Spinner } from '../../../components/ui/spinner';
import { Table } from '../../../components/ui/table';
import {
  useCreateFeed,
  useDeleteFeed,
  useFeeds,
  usePollFeed,
  useUpdateFeed,
  type Feed,
  type FeedPollResult,
} from '../api/feeds';
import { feedHealth } from '../utils/feed-status';

const messages = defineMessages({
  title: { en: 'Feeds', ar: 'الخلاصات' },
  intro: {
    en: 'RSS, Atom and JSON feeds Claimline polls on a schedule. Each new item is fetched, its claims extracted and stored as an article; an item already stored (same URL or same text) is not stored twice.',
    ar: 'خلاصات RSS وAtom وJSON يتابعها كليم لاين دوريًا. يُجلب كل عنصر جديد وتُستخرج ادعاءاته ويُحفظ مقالًا؛ ولا يُحفظ مرتين ما سبق حفظه (الرابط نفسه أو النص نفسه).',
  },
  addTitle: { en: 'Follow a feed', ar: 'متابعة خلاصة' },
  url: { en: 'Feed URL', ar: 'رابط الخلاصة' },
  outlet: { en: 'Outlet (optional)', ar: 'الوسيلة الإعلامية (اختياري)' },
  outletHint: { en: "Default: each page's own site name", ar: 'الافتراضي: اسم موقع كل صفحة' },
  interval: { en: 'Poll every (minutes)', ar: 'المتابعة كل (دقيقة)' },
  add: { en: 'Add feed', ar: 'إضافة الخلاصة' },
  adding: { en: 'Adding…', ar: 'جارٍ الإضافة…' },
  urlRequired: { en: 'Enter the URL of a feed.', ar: 'أدخل رابط خلاصة.' },
  empty: { en: 'No feeds yet.', ar: 'لا خلاصات بعد.' },
  emptyHint: { en: 'Add the RSS or Atom feed of an outlet you follow.', ar: 'أضف خلاصة RSS أو Atom لوسيلة تتابعها.' },
  colFeed: { en: 'Feed', ar: 'الخلاصة' },
  colStatus: { en: 'Status', ar: 'الحالة' },
  colLastPoll: { en: 'Last poll', ar: 'آخر متابعة' },
  colItems: { en: 'Items seen / new', ar: 'العناصر: المرئية / الجديدة' },
  colNextPoll: { en: 'Next poll', ar: 'المتابعة التالية' },
  colActions: { en: 'Actions', ar: 'إجراءات' },
  never: { en: 'never', ar: 'أبدًا' },
  state_ok: { en: 'OK', ar: 'سليمة' },
  state_never: { en: 'Not polled yet', ar: 'لم تُتابَع بعد' },
  state_paused: { en: 'Paused', ar: 'متوقفة' },
  state_polling: { en: 'Polling…', ar: 'جارٍ الجلب…' },
  state_failing: { en: 'Failing ({n})', ar: 'تتعثر ({n})' },
  itemsLine: { en: '{seen} / {new}', ar: '{seen} / {new}' },
  pause: { en: 'Pause', ar: 'إيقاف' },
  resume: { en: 'Resume', ar: 'استئناف' },
  pollNow: { en: 'Poll now', ar: 'تابِع الآن' },
  remove: { en: 'Delete', ar: 'حذف' },
  confirmRemove: {
    en: 'Stop following this feed? The articles it stored stay.',
    ar: 'إيقاف متابعة هذه الخلاصة؟ تبقى المقالات التي حُفظت منها.',
  },
  pollDone: {
    en: '{feed}: {new} new, {stored} stored, {duplicates} already stored, {failed} failed.',
    ar: '{feed}: {new} جديدة، و{stored} محفوظة، و{duplicates} محفوظة سابقًا، و{failed} متعثرة.',
  },
  pollNotModified: { en: '{feed}: nothing new (not modified).', ar: '{feed}: لا جديد (لم تتغير).' },
  pollFailed: { en: '{feed}: the poll failed — {error}', ar: '{feed}: تعثرت المتابعة — {error}' },
});

/** Count-bearing strings: each language's plural forms (Arabic has six), chosen by `plural(message, n)`. */
const feedsPlurals = definePlurals({
  storedTotal: {
    en: { one: '{n} article stored', other: '{n} articles stored' },
    ar: {
      zero: 'لم يُحفظ أي مقال',
      one: 'حُفظ مقال واحد',
      two: 'حُفظ مقالان',
      few: 'حُفظت {n} مقالات',
      many: 'حُفظ {n} مقالًا',
      other: 'حُفظ {n} مقال',
    },
  },
  every: {
    en: { one: 'every minute', other: 'every {n} min' },
    ar: {
      one: 'كل دقيقة',
      two: 'كل دقيقتين',
      few: 'كل {n} دقائق',
      many: 'كل {n} دقيقة',
      other: 'كل {n} دقيقة',
    },
  },
});

type Messages = MessagesOf<typeof messages>;

function pollSummary(t: Messages, feed: Feed, result: FeedPollResult): string {
  const name = feed.title ?? feed.url;
  if (result.error) return format(t.pollFailed, { feed: name, error: result.error });
  if (result.notModified) return format(t.pollNotModified, { feed: name });
  return format(t.pollDone, {
    feed: name,
    new: result.newItems,
    stored: result.stored,
    duplicates: result.duplicates,
    failed: result.failed,
  });
}

export function FeedsPage() {
  const t = useMessages(messages);
  const canEdit = useCan('edit');
  const feeds = useFeeds();

  return (
    <section className="page">
      <div className="page-header">
        <h1>{t.title}</h1>
      </div>
      <p className="muted">{t.intro}</p>
      {canEdit ? <AddFeedForm t={t} /> : null}
      {feeds.isPending ? <Spinner /> : null}
      {feeds.error ? <ErrorMessage error={feeds.error} /> : null}
      {feeds.data && feeds.data.length === 0 ? <EmptyState title={t.empty}>{t.emptyHint}</EmptyState> : null}
      {feeds.data && feeds.data.length > 0 ? <FeedsTable t={t} feeds={feeds.data} canEdit={canEdit} /> : null}
    </section>
  );
}

function AddFeedForm({ t }: { t: Messages }) {
  const create = useCreateFeed();
  const [url, setUrl] = useState('');
  const [outlet, setOutlet] = useState('');
  const [intervalMinutes, setIntervalMinutes] = useState('60');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (!url.trim()) {
      setErrors({ url: [t.urlRequired] });
      return;
    }
    setErrors({});
    create.mutate(
      { url: url.trim(), outlet: outlet.trim() || undefined, intervalMinutes: Number(intervalMinutes) || undefined },
      {
        onSuccess: () => {
          setUrl('');
          setOutlet('');
        },
        onError: (error) => {
          const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
          setErrors(fieldErrors);
          if (Object.keys(fieldErrors).length === 0) setFormError(error.message);
        },
      },
    );
  }

  return (
    <form className="panel form" onSubmit={handleSubmit} noValidate data-testid="feed-form">
      <h2>{t.addTitle}</h2>
      {formError ? (
        <div className="alert alert-error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="form-grid">
        <Field label={t.url} error={errors.url}>
          <input
            type="url"
            dir="ltr"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder="https://"
            data-testid="feed-url"
          />
        </Field>
        <Field label={t.outlet} error={errors.outlet} hint={t.outletHint}>
          <input
            dir="auto"
            value={outlet}
            onChange={(event) => setOutlet(event.target.value)}
            data-testid="feed-outlet"
          />
        </Field>
        <Field label={t.interval} error={errors.intervalMinutes}>
          <input
            type="number"
            min={5}
            max={10080}
            value={intervalMinutes}
            onChange={(event) => setIntervalMinutes(event.target.value)}
            data-testid="feed-interval"
          />
        </Field>
      </div>
      <div className="row">
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="feed-add">
          {create.isPending ? t.adding : t.add}
        </Button>
      </div>
    </form>
  );
}

function FeedsTable({ t, feeds, canEdit }: { t: Messages; feeds: Feed[]; canEdit: boolean }) {
  const { formatDate, formatNumber, plural } = useI18n();
  const update = useUpdateFeed();
  const remove = useDeleteFeed();
  const poll = usePollFeed();
  const [notice, setNotice] = useState<string | null>(null);

  function handlePoll(feed: Feed) {
    setNotice(null);
    poll.mutate(feed.id, {
      onSuccess: ({ feed: polled, result }) => setNotice(pollSummary(t, polled, result)),
      onError: (error) => setNotice(format(t.pollFailed, { feed: feed.title ?? feed.url, error: error.message })),
    });
  }

  function handleRemove(feed: Feed) {
    if (window.confirm(t.confirmRemove)) remove.mutate(feed.id);
  }

  return (
    <>
      {notice ? (
        <div className="alert alert-info" role="status" data-testid="feed-poll-notice">
          {notice}
        </div>
      ) : null}
      <Table data-testid="feeds-table">
        <thead>
          <tr>
            <th>{t.colFeed}</th>
            <th>{t.colStatus}</th>
            <th>{t.colLastPoll}</th>
            <th>{t.colItems}</th>
            <th>{t.colNextPoll}</th>
            {canEdit ? <th>{t.colActions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {feeds.map((feed) => {
            const health = feedHealth(feed);
            const label =
              health.key === 'failing' ? format(t.state_failing, { n: feed.failures }) : t[`state_${health.key}`];
            return (
              <tr key={feed.id} data-testid={`feed-row-${feed.id}`}>
                <td>
                  <div>
                    <bdi>{feed.title ?? feed.url}</bdi>
                  </div>
                  <div className="muted" dir="ltr">
                    <small>{feed.url}</small>
                  </div>
                  <div className="muted">
                    <small>
                      {feed.outlet ? <bdi>{feed.outlet}</bdi> : null} {plural(feedsPlurals.every, feed.intervalMinutes)}
                    </small>
                  </div>
                </td>
                <td>
                  <Badge tone={health.tone}>{label}</Badge>
                  {feed.lastError ? (
                    <div className="muted" data-testid="feed-last-error">
                      <small dir="auto">{feed.lastError}</small>
                    </div>
                  ) : null}
                </td>
                <td>{feed.lastPolledAt ? formatDate(feed.lastPolledAt) : t.never}</td>
                <td>
                  {format(t.itemsLine, { seen: formatNumber(feed.itemsSeen), new: formatNumber(feed.lastNewItems) })}
                  <div className="muted">
                    <small>{plural(feedsPlurals.storedTotal, feed.articlesStored)}</small>
                  </div>
                </td>
                <td>{feed.nextPollAt ? formatDate(feed.nextPollAt) : '—'}</td>
                {canEdit ? (
                  <td>
                    <div className="row">
                      <Button
                        size="sm"
                        onClick={() => handlePoll(feed)}
                        disabled={poll.isPending || feed.state === 'polling'}
                        data-testid={`feed-poll-${feed.id}`}
                      >
                        {t.pollNow}
                      </Button>
                      <Button
                        size="sm"
                        onClick={() => update.mutate({ id: feed.id, paused: !feed.paused })}
                        disabled={update.isPending}
                        data-testid={`feed-pause-${feed.id}`}
                      >
                        {feed.paused ? t.resume : t.pause}
                      </Button>
                      <Button
                        size="sm"
                        onClick={() => handleRemove(feed)}
                        disabled={remove.isPending}
                        data-testid={`feed-delete-${feed.id}`}
                      >
                        {t.remove}
                      </Button>
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}
