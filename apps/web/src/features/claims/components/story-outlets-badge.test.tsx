import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nProvider, type Lang } from '../../../lib/i18n';
import { StoryOutletsBadge } from './story-outlets-badge';

function renderBadge(outlets: number, lang: Lang = 'en') {
  render(
    <I18nProvider initialLang={lang}>
      <StoryOutletsBadge outlets={outlets} />
    </I18nProvider>,
  );
}

afterEach(() => {
  localStorage.clear();
});

describe('StoryOutletsBadge', () => {
  it('shows how many outlets carried the story when more than one did', () => {
    renderBadge(3);
    expect(screen.getByTestId('story-outlets')).toHaveTextContent('carried by 3 outlets');
  });

  it('shows nothing for a story one outlet ran', () => {
    renderBadge(1);
    expect(screen.queryByTestId('story-outlets')).toBeNull();
  });

  it('uses the Arabic dual', () => {
    renderBadge(2, 'ar');
    expect(screen.getByTestId('story-outlets')).toHaveTextContent('نشرته وسيلتان');
  });
});
