import { describe, expect, it } from 'vitest';
import { claimsHrefFor } from './use-map-params';

describe('claimsHrefFor', () => {
  it('opens the claims list on the place, keeping the window and the other filters', () => {
    expect(claimsHrefFor({ camp: ['LNA'], from: '2019-10-01', to: '2019-10-31' }, 3)).toBe(
      '/claims?camp=LNA&location=3&from=2019-10-01&to=2019-10-31',
    );
  });

  it('replaces a place filter rather than adding to it', () => {
    expect(claimsHrefFor({ location: [7, 9] }, 3)).toBe('/claims?location=3');
  });
});
