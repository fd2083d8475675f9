import { describe, expect, it } from 'vitest';
import { buildQueryString, downloadUrl } from './api-client';

describe('api-client', () => {
  it('builds query strings, repeating arrays and dropping empty values', () => {
    expect(buildQueryString({ camp: ['LNA', 'GNA'], q: 'مطار', limit: 50, cursor: undefined, outlet: '' })).toBe(
      '?camp=LNA&camp=GNA&q=%D9%85%D8%B7%D8%A7%D8%B1&limit=50',
    );
    expect(downloadUrl('/exports/claims.csv', { status: 'contested' })).toBe(
      '/api/exports/claims.csv?status=contested',
    );
    expect(downloadUrl('/api/x')).toBe('/api/x');
  });
});
