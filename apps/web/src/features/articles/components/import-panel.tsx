import { useEffect, useRef, useState, type FormEvent } from 'react';
import { defineMessages, format, useI18n, useMessages } from '../../../lib/i18n';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { ProgressBar } from '../../../components/ui/progress-bar';
import { isImportFinished, useImportJob, useStartImport } from '../api/imports';

const messages = defineMessages({
  title: { en: 'Bulk import', ar: 'استيراد دفعة' },
  hint: {
    en: 'Upload a JSONL file (one article per line: title, body, publishedAt, language, outlet, url) or a CSV with the same columns.',
    ar: 'ارفع ملف JSONL (مقال في كل سطر: title وbody وpublishedAt وlanguage وoutlet وurl) أو ملف CSV بالأعمدة نفسها.',
  },
  file: { en: 'File', ar: 'الملف' },
  start: { en: 'Import', ar: 'استيراد' },
  starting: { en: 'Uploading…', ar: 'جارٍ الرفع…' },
  chooseFile: { en: 'Choose a file first.', ar: 'اختر ملفًا أولًا.' },
  progress: { en: 'Import progress', ar: 'تقدم الاستيراد' },
  counts: {
    en: '{done} of {total} processed · {failed} failed · {duplicates} duplicates',
    ar: 'عولج {done} من {total} · فشل {failed} · مكرر {duplicates}',
  },
  status: { en: 'Status: {status}', ar: 'الحالة: {status}' },
  finished: { en: 'Import finished.', ar: 'اكتمل الاستيراد.' },
  s_queued: { en: 'queued', ar: 'في الانتظار' },
  s_running: { en: 'running', ar: 'قيد التنفيذ' },
  s_done: { en: 'done', ar: 'اكتمل' },
  s_failed: { en: 'failed', ar: 'فشل' },
  failures: { en: 'Lines that failed', ar: 'الأسطر التي فشلت' },
  line: { en: 'Line {n}', ar: 'السطر {n}' },
});

export function ImportPanel() {
  const t = useMessages(messages);
  const { formatNumber } = useI18n();
  const start = useStartImport();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useImportJob(jobId);
  const finished = isImportFinished(job.data);
  const refreshed = useRef(false);
  const { refreshArticles } = job;

  useEffect(() => {
    if (finished && !refreshed.current) {
      refreshed.current = true;
      void refreshArticles();
    }
  }, [finished, refreshArticles]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!file) return setError(t.chooseFile);
    refreshed.current = false;
    start.mutate(file, {
      onSuccess: (response) => setJobId(response.id),
      onError: (mutationError) => setError(mutationError.message),
    });
  }

  const data = job.data;
  const processed = data ? data.done + (data.failed ?? 0) + (data.duplicates ?? 0) : 0;
  // `done` may or may not include failures and duplicates; never show more than 100%.
  const value = data ? (finished ? data.total : Math.min(processed, data.total)) : 0;

  return (
    <form className="panel form" onSubmit={handleSubmit} data-testid="import-panel">
      <h2>{t.title}</h2>
      <p className="muted">{t.hint}</p>
      {error ? (
        <div className="alert alert-error" role="alert" data-testid="import-error">
          {error}
        </div>
      ) : null}
      <div className="row">
        <label className="field field-inline">
          <span>{t.file}</span>
          <input
            type="file"
            accept=".jsonl,.ndjson,.json,.csv,application/json,text/csv"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            data-testid="import-file"
          />
        </label>
        <Button
          type="submit"
          variant="primary"
          disabled={start.isPending || (jobId !== null && !finished && !job.error)}
          data-testid="import-start"
        >
          {start.isPending ? t.starting : t.start}
        </Button>
      </div>
      <ErrorMessage error={job.error} />
      {data ? (
        <div className="stack" data-testid="import-progress">
          <ProgressBar label={t.progress} value={value} max={data.total || 1} />
          <div className="row muted">
            <span>
              {format(t.status, { status: (t as Record<string, string>)[`s_${data.status}`] ?? data.status })}
            </span>
            <span data-testid="import-counts">
              {format(t.counts, {
                done: formatNumber(data.done),
                total: formatNumber(data.total),
                failed: formatNumber(data.failed ?? 0),
                duplicates: formatNumber(data.duplicates ?? 0),
              })}
            </span>
          </div>
          {finished ? (
            <div className="alert alert-success" role="status" data-testid="import-finished">
              {t.finished}
            </div>
          ) : null}
          {data.failures && data.failures.length > 0 ? (
            <div>
              <h3>{t.failures}</h3>
              <ul data-testid="import-failures">
                {data.failures.map((failure) => (
                  <li key={`${failure.line}-${failure.reason}`}>
                    {format(t.line, { n: formatNumber(failure.line) })}: <bdi>{failure.reason}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
