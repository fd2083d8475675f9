import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nProvider, type Lang } from '../../../lib/i18n';
import { AttributionWhyPanel } from './attribution-why-panel';
import type { AttributionWhy } from '../api/types';

const WHY: AttributionWhy = {
  cue: { rule: 'cue.verb-first', text: 'speech verb «قال» before its subject' },
  source: { rule: 'source.registry-alias', text: 'alias «المسماري» → Ahmed al-Mismari (LNA)' },
  camp: { rule: 'camp.some-future-rule', text: 'LNA: a reason this map does not name yet' },
};

function renderPanel(why: AttributionWhy | null, lang: Lang) {
  render(
    <I18nProvider initialLang={lang}>
      <AttributionWhyPanel why={why} />
    </I18nProvider>,
  );
}

afterEach(() => {
  localStorage.clear();
});

describe('AttributionWhyPanel', () => {
  it('lists cue, source and camp with the rule name, id and evidence in English', () => {
    renderPanel(WHY, 'en');
    expect(screen.getByRole('heading', { name: 'Why this source and camp?' })).toBeInTheDocument();
    const source = screen.getByTestId('why-source');
    expect(within(source).getByText('Source')).toBeInTheDocument();
    expect(source).toHaveTextContent('Known name or alias');
    expect(within(source).getByText('source.registry-alias')).toBeInTheDocument();
    expect(within(source).getByText('alias «المسماري» → Ahmed al-Mismari (LNA)')).toBeInTheDocument();
    expect(screen.getByTestId('why-cue')).toHaveTextContent('Speech verb before its speaker');
    // A rule without a name shows its id.
    expect(screen.getByTestId('why-camp')).toHaveTextContent('Camp: camp.some-future-rule');
  });

  it('names the parts and rules in Arabic, the ids and evidence unchanged', () => {
    renderPanel(WHY, 'ar');
    expect(screen.getByRole('heading', { name: 'لماذا هذا المصدر وهذا المعسكر؟' })).toBeInTheDocument();
    const source = screen.getByTestId('why-source');
    expect(within(source).getByText('المصدر')).toBeInTheDocument();
    expect(source).toHaveTextContent('اسم أو لقب مسجَّل');
    expect(within(source).getByText('source.registry-alias')).toBeInTheDocument();
    expect(screen.getByTestId('why-cue')).toHaveTextContent('فعل قول قبل قائله');
  });

  it("says why there are no reasons for an analyst's claim, in both languages", () => {
    renderPanel(null, 'en');
    expect(screen.getByText(/No reasons stored/)).toBeInTheDocument();
    expect(screen.queryByTestId('why-source')).toBeNull();
  });

  it('says it in Arabic too', () => {
    renderPanel(null, 'ar');
    expect(screen.getByText(/لا تعليل محفوظ/)).toBeInTheDocument();
  });
});
