import { describe, expect, it } from 'vitest';
import { documentTitle, titleKeyOf } from './page-titles';

describe('page titles', () => {
  it('names the page in the UI language before the brand', () => {
    expect(documentTitle('en', 'claims')).toBe('Claims · Claimline');
    expect(documentTitle('ar', 'claims')).toBe('الادعاءات · Claimline');
    expect(documentTitle('ar', 'dashboard')).toBe('لوحة المتابعة · Claimline');
    expect(documentTitle('en', undefined)).toBe('Claimline');
  });

  it('takes the deepest route that names a title', () => {
    expect(titleKeyOf([undefined, { title: 'articles' }, { title: 'newArticle' }])).toBe('newArticle');
    expect(titleKeyOf([{ title: 'users' }, {}, undefined])).toBe('users');
    expect(titleKeyOf([{ title: 'nonsense' }])).toBeUndefined();
  });
});
