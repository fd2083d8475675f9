import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CLAIM_LINK_RELATIONS, type ClaimLinkRelation } from '@claimline/contracts';
import { ApiError } from '../../../lib/api-client';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { useRelationLabel } from '../../../lib/domain-labels';
import { Button } from '../../../components/ui/button';
import { CampBadge } from '../../../components/ui/camp-badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { Field } from '../../../components/ui/field';
import { Typeahead } from '../../../components/ui/typeahead';
import { useCreateClaimLink } from '../api/create-claim-link';
import { textProps } from '../../../lib/script';
import { claimSearchQueryOptions } from '../api/search-claims';
import type { ClaimDetail, ClaimListItem } from '../api/types';
import { linkedSourceLabel } from '../utils/linked-source';

const messages = defineMessages({
  title: { en: 'Linked claims', ar: 'ادعاءات مرتبطة' },
  empty: { en: 'No linked claims yet.', ar: 'لا توجد ادعاءات مرتبطة بعد.' },
  emptyHint: {
    en: 'Link a claim that contradicts or corroborates this one, by its id or by searching.',
    ar: 'اربط ادعاءً يناقض هذا الادعاء أو يؤيده، برقمه أو بالبحث.',
  },
  add: { en: 'Add a link', ar: 'إضافة رابط' },
  relation: { en: 'Relation', ar: 'العلاقة' },
  otherId: { en: 'Other claim id', ar: 'رقم الادعاء الآخر' },
  search: { en: 'Or search claims', ar: 'أو ابحث في الادعاءات' },
  searchPlaceholder: { en: 'Words from the other claim…', ar: 'كلمات من الادعاء الآخر…' },
  link: { en: 'Link', ar: 'ربط' },
  linked: { en: 'Linked.', ar: 'تم الربط.' },
  self: { en: 'A claim cannot be linked to itself.', ar: 'لا يمكن ربط الادعاء بنفسه.' },
  required: { en: 'Choose the other claim.', ar: 'اختر الادعاء الآخر.' },
  incoming: { en: '(from the other claim)', ar: '(من الادعاء الآخر)' },
  noResults: { en: 'No match', ar: 'لا نتائج' },
});

export type ClaimLinksProps = { claim: ClaimDetail; canLink: boolean };

export function ClaimLinks({ claim, canLink }: ClaimLinksProps) {
  const t = useMessages(messages);
  const { lang } = useI18n();
  const relationLabel = useRelationLabel();
  const create = useCreateClaimLink();
  const [relation, setRelation] = useState<ClaimLinkRelation>('contradicts');
  const [otherId, setOtherId] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    setFormError(null);
    const toId = Number(otherId);
    if (!otherId || !Number.isInteger(toId) || toId <= 0) return setErrors({ toId: [t.required] });
    if (toId === claim.id) return setErrors({ toId: [t.self] });
    setErrors({});
    create.mutate(
      { fromId: claim.id, toId, relation },
      {
        onSuccess: () => {
          setOtherId('');
          setDone(true);
        },
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fieldErrors);
          setFormError(error.message);
        },
      },
    );
  }

  return (
    <div className="panel stack" data-testid="claim-links">
      <h2>{t.title}</h2>
      {claim.links.length === 0 ? (
        <EmptyState title={t.empty}>{canLink ? t.emptyHint : null}</EmptyState>
      ) : (
        <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {claim.links.map((link) => (
            <li
              key={link.id}
              className="claim-card"
              data-testid={`link-${link.id}`}
              style={{ borderInlineStartColor: 'var(--border)' }}
            >
              <div className="row">
                <strong>{relationLabel(link.relation)}</strong>
                {link.direction === 'to' ? <span className="muted">{t.incoming}</span> : null}
                <CampBadge camp={link.otherClaim.camp} />
                <bdi className="muted" data-testid="link-source">
                  {linkedSourceLabel(link.otherClaim, lang)}
                </bdi>
              </div>
              <Link to={`/claims/${link.otherClaim.id}`} {...textProps(link.otherClaim.text)}>
                {link.otherClaim.text}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {canLink ? (
        <form className="form" onSubmit={handleSubmit} data-testid="link-form">
          <h3>{t.add}</h3>
          {formError ? (
            <div className="alert alert-error" role="alert">
              {formError}
            </div>
          ) : null}
          {done ? (
            <div className="alert alert-success" role="status">
              {t.linked}
            </div>
          ) : null}
          <div className="form-grid">
            <Field label={t.relation} error={errors.relation}>
              <select
                value={relation}
                onChange={(event) => setRelation(event.target.value as ClaimLinkRelation)}
                data-testid="link-relation"
              >
                {CLAIM_LINK_RELATIONS.map((item) => (
                  <option key={item} value={item}>
                    {relationLabel(item)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t.otherId} error={errors.toId}>
              <input
                type="number"
                min={1}
                value={otherId}
                onChange={(event) => setOtherId(event.target.value)}
                data-testid="link-other-id"
              />
            </Field>
          </div>
          <div className="field">
            <span className="field-label">{t.search}</span>
            <Typeahead<ClaimListItem>
              label={t.search}
              placeholder={t.searchPlaceholder}
              noResults={t.noResults}
              queryFor={claimSearchQueryOptions}
              getKey={(item) => item.id}
              renderOption={(item) => (
                <>
                  <span {...textProps(item.text)}>
                    #{item.id} {item.text.length > 90 ? `${item.text.slice(0, 90)}…` : item.text}
                  </span>
                  <CampBadge camp={item.camp} />
                </>
              )}
              onSelect={(item) => setOtherId(String(item.id))}
              clearOnSelect
              minChars={2}
            />
          </div>
          <div className="row">
            <Button type="submit" variant="primary" disabled={create.isPending} data-testid="link-submit">
              {t.link}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
