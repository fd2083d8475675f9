import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { defineMessages, definePlurals, format, useI18n, useMessages } from '../../../lib/i18n';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { Table } from '../../../components/ui/table';
import {
  useCreateNarrative,
  useDeleteNarrative,
  useManagedNarratives,
  useUpdateNarrative,
  type ManagedNarrative,
} from '../api/narratives';
import { changedFields, emptyNarrativeForm, formToInput, narrativeToForm } from '../utils/narrative-form';
import { NarrativeForm } from './narrative-form';

const messages = defineMessages({
  title: { en: 'Narratives', ar: 'الروايات' },
  intro: {
    en: 'The recurring storylines analysts tag claims with. Names appear in both languages across the app.',
    ar: 'الروايات المتكررة التي يَسِم بها المحللون الادعاءات. تظهر الأسماء باللغتين في كل أنحاء التطبيق.',
  },
  addTitle: { en: 'Add a narrative', ar: 'إضافة رواية' },
  editTitle: { en: 'Edit “{name}”', ar: 'تعديل «{name}»' },
  create: { en: 'Create narrative', ar: 'إنشاء الرواية' },
  save: { en: 'Save changes', ar: 'حفظ التغييرات' },
  created: { en: 'Narrative “{name}” created.', ar: 'أُنشئت الرواية «{name}».' },
  saved: { en: 'Narrative “{name}” saved.', ar: 'حُفظت الرواية «{name}».' },
  unchanged: { en: 'Nothing changed.', ar: 'لم يتغير شيء.' },
  deleted: { en: 'Narrative “{name}” deleted.', ar: 'حُذفت الرواية «{name}».' },
  colour: { en: 'Colour', ar: 'اللون' },
  nameEn: { en: 'English name', ar: 'الاسم بالإنجليزية' },
  nameAr: { en: 'Arabic name', ar: 'الاسم بالعربية' },
  description: { en: 'Description', ar: 'الوصف' },
  claims: { en: 'Claims', ar: 'الادعاءات' },
  actions: { en: 'Actions', ar: 'الإجراءات' },
  edit: { en: 'Edit', ar: 'تعديل' },
  delete: { en: 'Delete', ar: 'حذف' },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
  confirmDelete: { en: 'Delete “{name}”?', ar: 'حذف «{name}»؟' },
  confirmYes: { en: 'Yes, delete', ar: 'نعم، احذف' },
  viewClaims: { en: 'Claims tagged “{name}”', ar: 'الادعاءات الموسومة «{name}»' },
  empty: { en: 'No narratives yet.', ar: 'لا توجد روايات بعد.' },
  emptyHint: {
    en: 'Add the first one with the form above; analysts can then tag claims with it.',
    ar: 'أضف أول رواية باستخدام النموذج أعلاه، ليتمكن المحللون بعدها من وسم الادعاءات بها.',
  },
  listLabel: { en: 'Narratives', ar: 'الروايات' },
});

/** Count-bearing strings: each language's plural forms (Arabic has six), chosen by `plural(message, n)`. */
const narrativesPlurals = definePlurals({
  confirmDeleteTagged: {
    en: {
      one: 'Delete “{name}”? It is removed from {n} tagged claim; the audit log keeps which one.',
      other: 'Delete “{name}”? It is removed from {n} tagged claims; the audit log keeps which ones.',
    },
    ar: {
      zero: 'حذف «{name}»؟ لا ادعاءات موسومة بها.',
      one: 'حذف «{name}»؟ ستُزال من ادعاء واحد موسوم بها، ويحتفظ سجل التدقيق به.',
      two: 'حذف «{name}»؟ ستُزال من ادعاءين موسومين بها، ويحتفظ سجل التدقيق بهما.',
      few: 'حذف «{name}»؟ ستُزال من {n} ادعاءات موسومة بها، ويحتفظ سجل التدقيق بقائمتها.',
      many: 'حذف «{name}»؟ ستُزال من {n} ادعاءً موسومًا بها، ويحتفظ سجل التدقيق بقائمتها.',
      other: 'حذف «{name}»؟ ستُزال من {n} ادعاء موسوم بها، ويحتفظ سجل التدقيق بقائمتها.',
    },
  },
});

export function NarrativesPage() {
  const t = useMessages(messages);
  const { lang, formatNumber, plural } = useI18n();
  const narratives = useManagedNarratives();
  const create = useCreateNarrative();
  const update = useUpdateNarrative();
  const remove = useDeleteNarrative();
  const [editing, setEditing] = useState<ManagedNarrative | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Bumped after each creation so the form empties for the next narrative.
  const [created, setCreated] = useState(0);
  const formPanel = useRef<HTMLDivElement>(null);

  const nameOf = (narrative: Pick<ManagedNarrative, 'nameEn' | 'nameAr'>) =>
    lang === 'ar' ? narrative.nameAr || narrative.nameEn : narrative.nameEn;

  function startEdit(narrative: ManagedNarrative) {
    setNotice(null);
    setConfirming(null);
    setEditing(narrative);
    formPanel.current?.scrollIntoView({ block: 'nearest' });
  }

  async function handleSubmit(input: ReturnType<typeof formToInput>) {
    setNotice(null);
    if (editing) {
      const patch = changedFields(formToInput(narrativeToForm(editing)), input);
      if (Object.keys(patch).length === 0) {
        setNotice(t.unchanged);
        setEditing(null);
        return;
      }
      const saved = await update.mutateAsync({ id: editing.id, input: patch });
      setNotice(format(t.saved, { name: nameOf(saved) }));
      setEditing(null);
    } else {
      const narrative = await create.mutateAsync(input);
      setNotice(format(t.created, { name: nameOf(narrative) }));
      setCreated((count) => count + 1);
    }
  }

  function handleDelete(narrative: ManagedNarrative) {
    setNotice(null);
    remove.mutate(narrative.id, {
      onSuccess: () => {
        setConfirming(null);
        if (editing?.id === narrative.id) setEditing(null);
        setNotice(format(t.deleted, { name: nameOf(narrative) }));
      },
    });
  }

  const items = narratives.data ?? [];

  return (
    <section className="page" data-testid="narratives-page">
      <div className="page-header">
        <h1>{t.title}</h1>
      </div>
      <p className="muted" style={{ margin: 0 }}>
        {t.intro}
      </p>
      <div className="panel" ref={formPanel} data-testid={editing ? 'narrative-edit-panel' : 'narrative-create-panel'}>
        <h2>{editing ? format(t.editTitle, { name: nameOf(editing) }) : t.addTitle}</h2>
        <NarrativeForm
          key={editing ? `edit-${editing.id}` : `new-${created}`}
          initial={editing ? narrativeToForm(editing) : emptyNarrativeForm()}
          submitLabel={editing ? t.save : t.create}
          onSubmit={handleSubmit}
          onCancel={editing ? () => setEditing(null) : undefined}
          autoFocus={Boolean(editing)}
        />
      </div>
      {notice ? (
        <div className="alert alert-success" role="status" data-testid="narrative-notice">
          {notice}
        </div>
      ) : null}
      <ErrorMessage error={remove.error ?? narratives.error} />
      {narratives.isPending ? (
        <Spinner />
      ) : items.length === 0 ? (
        <EmptyState title={t.empty}>{t.emptyHint}</EmptyState>
      ) : (
        <Table data-testid="narratives-table" aria-label={t.listLabel}>
          <thead>
            <tr>
              <th>{t.colour}</th>
              <th>{t.nameEn}</th>
              <th>{t.nameAr}</th>
              <th>{t.description}</th>
              <th className="num">{t.claims}</th>
              <th>{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((narrative) => (
              <tr
                key={narrative.id}
                data-testid={`narrative-row-${narrative.id}`}
                className={editing?.id === narrative.id ? 'selected' : undefined}
              >
                <td>
                  <span className="color-chip">
                    <span className="camp-swatch" style={{ backgroundColor: narrative.color }} aria-hidden="true" />
                    <bdi dir="ltr" className="mono">
                      {narrative.color}
                    </bdi>
                  </span>
                </td>
                {/* <bdi> isolates each name without turning the cell LTR, so every column stays aligned to the start side. */}
                <td data-testid="narrative-name-en-cell">
                  <bdi lang="en">{narrative.nameEn}</bdi>
                </td>
                <td>
                  <bdi lang="ar">{narrative.nameAr}</bdi>
                </td>
                <td className="narrative-description-cell">
                  {narrative.description ? <bdi>{narrative.description}</bdi> : <span className="muted">—</span>}
                </td>
                <td className="num">
                  <Link
                    to={`/claims?narrative=${narrative.id}`}
                    aria-label={format(t.viewClaims, { name: nameOf(narrative) })}
                  >
                    {formatNumber(narrative.claimCount)}
                  </Link>
                </td>
                <td>
                  {confirming === narrative.id ? (
                    <div className="confirm-inline" role="group" aria-label={t.delete}>
                      <span>
                        {narrative.claimCount > 0
                          ? plural(narrativesPlurals.confirmDeleteTagged, narrative.claimCount, {
                              name: nameOf(narrative),
                            })
                          : format(t.confirmDelete, { name: nameOf(narrative) })}
                      </span>
                      <div className="row">
                        <Button
                          size="sm"
                          variant="danger"
                          disabled={remove.isPending}
                          onClick={() => handleDelete(narrative)}
                          data-testid={`narrative-confirm-delete-${narrative.id}`}
                          autoFocus
                        >
                          {t.confirmYes}
                        </Button>
                        <Button size="sm" onClick={() => setConfirming(null)}>
                          {t.cancel}
                        </Button>
                      </div>
                    </div>
                  ) : (
                    <div className="row">
                      <Button
                        size="sm"
                        onClick={() => startEdit(narrative)}
                        data-testid={`narrative-edit-${narrative.id}`}
                      >
                        {t.edit}
                      </Button>
                      <Button
                        size="sm"
                        variant="danger"
                        onClick={() => {
                          setNotice(null);
                          setConfirming(narrative.id);
                        }}
                        data-testid={`narrative-delete-${narrative.id}`}
                      >
                        {t.delete}
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
