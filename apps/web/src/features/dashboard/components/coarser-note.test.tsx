import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '../../../lib/i18n';
import { CoarserNote } from './coarser-note';

const monthly = { precision: 'month' as const, count: 4, series: [] };

describe('CoarserNote', () => {
  it('tells how many claims the weekly chart leaves out and switches the chart to months', () => {
    const onBucketChange = vi.fn();
    render(
      <I18nProvider initialLang="en">
        <CoarserNote response={{ bucket: 'week', coarser: [monthly] }} onBucketChange={onBucketChange} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('timeseries-coarser')).toHaveTextContent(
      '4 claims known only to their month are not in this weekly chart.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show by month' }));
    expect(onBucketChange).toHaveBeenCalledWith('month');
  });

  it('speaks Arabic', () => {
    render(
      <I18nProvider initialLang="ar">
        <CoarserNote response={{ bucket: 'day', coarser: [monthly] }} onBucketChange={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('timeseries-coarser')).toHaveTextContent(
      '4 ادعاءات لا يُعرف منها إلا الشهر ليست في هذا الرسم اليومي.',
    );
    expect(screen.getByRole('button', { name: 'اعرض حسب الشهر' })).toBeInTheDocument();
  });

  it('renders nothing for a monthly chart', () => {
    const { container } = render(
      <I18nProvider initialLang="en">
        <CoarserNote response={{ bucket: 'month', coarser: [] }} onBucketChange={vi.fn()} />
      </I18nProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
