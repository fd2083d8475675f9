import { Fragment, useState } from 'react';
import { useCan } from '../../../lib/auth';
import { toApiCampId, useCamps } from '../../../lib/camps';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { localName } from '../../../lib/lookups';
import { useSourceKindLabel } from '../../../lib/domain-labels';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { Button } from '../../../components/ui/button';
import { CampBadge } from '../../../components/ui/camp-badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { SourceTypeahead } from '../../../components/ui/source-typeahead';
import { Table } from '../../../components/ui/table';
import {
  useAcceptSource,
  useCreateSource,
  useMergeSource,
  useRejectSource,
  useSources,
  useUpdateSource,
  type Source,
} from '../api/sources';
import { sourcesMessages as messages } from '../messages';
import { SourceForm, type SourceFormValues } from './source-form';

type Tab = 'registry' | 'proposals';

export function SourcesPage() {
  const t = useMessages(messages);
  const { lang, formatNumber } = useI18n();
  const kindLabel = useSourceKindLabel();
  const canEdit = useCan('edit');
  const { data: camps = [] } = useCamps();
  const [tab, setTab] = useState<Tab>('registry');
  const [q, setQ] = useState('');
  const [camp, setCamp] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [merging, setMerging] = useState<number | null>(null);
  const [accepting, setAccepting] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const debouncedQ = useDebouncedValue(q.trim(), 250);
  const sources = useSources({
    q: debouncedQ || undefined,
    camp: toApiCampId(camp),
    status: tab === 'proposals' ? 'proposed' : 'active',
  });
  const create = useCreateSource();
  const update = useUpdateSource();
  const merge = useMergeSource();
  const accept = useAcceptSource();
  const reject = useRejectSource();
  const items = sources.data ?? [];

  function handleMerge(source: Source, into: { id: number; nameAr: string; nameEn: string }) {
    if (into.id === source.id) return;
    if (!window.confirm(format(t.mergeConfirm, { from: localName(source, lang), into: localName(into, lang) }))) return;
    setActionError(null);
    merge.mutate(
      { id: source.id, intoId: into.id },
      {
        onSuccess: () => {
          setMerging(null);
          setNotice(t.done);
        },
        onError: setActionError,
      },
    );
  }

  function handleReject(source: Source) {
    const name = localName(source, lang);
    if (!window.confirm(format(t.rejectConfirm, { name, count: formatNumber(source.claimCount ?? 0) }))) return;
    setActionError(null);
    reject.mutate(source.id, { onSuccess: () => setNotice(t.rejected), onError: setActionError });
  }

  async function handleRename(source: Source, { aliases: _aliases, ...values }: SourceFormValues) {
    const to = lang === 'ar' ? values.nameAr || values.nameEn : values.nameEn || values.nameAr;
    if (!window.confirm(format(t.renameConfirm, { from: localName(source, lang), to }))) return;
    // Names (the old wording stays an alias), camp and kind; the proposal stays a proposal.
    await update.mutateAsync({ id: source.id, input: values });
    setEditing(null);
    setNotice(t.done);
  }

  function handleTab(next: Tab) {
    setTab(next);
    setEditing(null);
    setMerging(null);
    setAccepting(null);
    setNotice(null);
  }

  const columns = 7;

  return (
    <section className="page">
      <div className="page-header">
        <h1>{t.title}</h1>
        {canEdit && tab === 'registry' ? (
          <Button variant="primary" onClick={() => setCreating((value) => !value)} data-testid="source-add">
            {t.add}
          </Button>
        ) : null}
      </div>
      <div className="tabs" role="tablist">
        <button
          type="button"
          role="tab"
          className="tab"
          aria-selected={tab === 'registry'}
          onClick={() => handleTab('registry')}
          data-testid="tab-registry"
        >
          {t.registry}
        </button>
        <button
          type="button"
          role="tab"
          className="tab"
          aria-selected={tab === 'proposals'}
          onClick={() => handleTab('proposals')}
          data-testid="tab-proposals"
        >
          {t.proposals}
        </button>
      </div>
      {creating && canEdit && tab === 'registry' ? (
        <div className="panel">
          <h2>{t.add}</h2>
          <SourceForm
            submitLabel={t.create}
            testId="source-create-form"
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              await create.mutateAsync(values);
              setCreating(false);
              setNotice(t.done);
            }}
          />
        </div>
      ) : null}
      <div className="row">
        <input
          type="search"
          dir="auto"
          aria-label={t.search}
          placeholder={t.search}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          data-testid="sources-search"
          style={{ minInlineSize: '18rem' }}
        />
        <select aria-label={t.camp} value={camp} onChange={(event) => setCamp(event.target.value)}>
          <option value="">{t.any}</option>
          {camps.map((item) => (
            <option key={item.id} value={item.id}>
              {lang === 'ar' ? item.nameAr : item.nameEn}
            </option>
          ))}
        </select>
      </div>
      {notice ? (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      ) : null}
      <ErrorMessage error={actionError ?? sources.error} />
      {sources.isPending ? (
        <Spinner />
      ) : items.length === 0 ? (
        tab === 'registry' ? (
          <EmptyState title={t.emptyRegistry}>{t.emptyRegistryHint}</EmptyState>
        ) : (
          <EmptyState title={t.emptyProposals}>{t.emptyProposalsHint}</EmptyState>
        )
      ) : (
        <Table data-testid="sources-table">
          <thead>
            <tr>
              <th>{t.nameAr}</th>
              <th>{t.nameEn}</th>
              <th>{t.camp}</th>
              <th>{t.kind}</th>
              <th>{t.aliases}</th>
              <th className="num">{t.claims}</th>
              <th>{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((source) => (
              <Fragment key={source.id}>
                <tr data-testid={`source-row-${source.id}`}>
                  <td lang="ar" dir="rtl">
                    {source.nameAr}
                  </td>
                  <td dir="ltr">{source.nameEn}</td>
                  <td>
                    <CampBadge camp={source.camp} />
                  </td>
                  <td>{kindLabel(source.kind)}</td>
                  <td>
                    <div className="row">
                      {source.aliases.slice(0, 6).map((alias) => (
                        <bdi key={alias} className="chip">
                          {alias}
                        </bdi>
                      ))}
                      {source.aliases.length > 6 ? (
                        <span className="muted">+{formatNumber(source.aliases.length - 6)}</span>
                      ) : null}
                    </div>
                  </td>
                  <td className="num">{formatNumber(source.claimCount ?? 0)}</td>
                  <td>
                    {canEdit ? (
                      <div className="row">
                        {tab === 'registry' ? (
                          <>
                            <Button
                              size="sm"
                              onClick={() => setEditing(editing === source.id ? null : source.id)}
                              data-testid={`source-edit-${source.id}`}
                            >
                              {t.edit}
                            </Button>
                            <Button
                              size="sm"
                              onClick={() => setMerging(merging === source.id ? null : source.id)}
                              data-testid={`source-merge-${source.id}`}
                            >
                              {t.merge}
                            </Button>
                          </>
                        ) : (
                          <>
                            <Button
                              size="sm"
                              variant="primary"
                              onClick={() => setAccepting(accepting === source.id ? null : source.id)}
                              data-testid={`source-accept-${source.id}`}
                            >
                              {t.accept}
                            </Button>
                            <Button
                              size="sm"
                              onClick={() => setEditing(editing === source.id ? null : source.id)}
                              data-testid={`source-rename-${source.id}`}
                            >
                              {t.rename}
                            </Button>
                            <Button
                              size="sm"
                              onClick={() => setMerging(merging === source.id ? null : source.id)}
                              data-testid={`source-merge-${source.id}`}
                            >
                              {t.merge}
                            </Button>
                            <Button
                              size="sm"
                              variant="danger"
                              onClick={() => handleReject(source)}
                              disabled={reject.isPending}
                              data-testid={`source-reject-${source.id}`}
                            >
                              {t.reject}
                            </Button>
                          </>
                        )}
                      </div>
                    ) : null}
                  </td>
                </tr>
                {editing === source.id ? (
                  <tr>
                    <td colSpan={columns}>
                      {tab === 'proposals' ? (
                        <SourceForm
                          initial={source}
                          withAliases={false}
                          submitLabel={t.renameAs}
                          testId="source-rename-form"
                          onCancel={() => setEditing(null)}
                          onSubmit={(values) => handleRename(source, values)}
                        />
                      ) : (
                        <SourceForm
                          initial={source}
                          submitLabel={t.save}
                          testId="source-edit-form"
                          onCancel={() => setEditing(null)}
                          onSubmit={async (values) => {
                            await update.mutateAsync({ id: source.id, input: values });
                            setEditing(null);
                            setNotice(t.done);
                          }}
                        />
                      )}
                    </td>
                  </tr>
                ) : null}
                {merging === source.id ? (
                  <tr>
                    <td colSpan={columns}>
                      <div className="row">
                        <span>{format(t.mergeLabel, { name: localName(source, lang) })}</span>
                        <div style={{ minInlineSize: '20rem' }}>
                          <SourceTypeahead
                            label={format(t.mergeLabel, { name: localName(source, lang) })}
                            noResults={t.noResults}
                            onSelect={(item) => handleMerge(source, item)}
                            clearOnSelect
                            testId="source-merge-search"
                          />
                        </div>
                        <Button size="sm" onClick={() => setMerging(null)}>
                          {t.cancel}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ) : null}
                {accepting === source.id ? (
                  <tr>
                    <td colSpan={columns}>
                      <SourceForm
                        initial={source}
                        withAliases={false}
                        submitLabel={t.acceptAs}
                        testId="source-accept-form"
                        onCancel={() => setAccepting(null)}
                        onSubmit={async ({ nameAr, nameEn, camp: chosenCamp, kind }) => {
                          await accept.mutateAsync({
                            id: source.id,
                            input: { nameAr, nameEn, camp: chosenCamp, kind },
                          });
                          setAccepting(null);
                          setNotice(t.done);
                        }}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
