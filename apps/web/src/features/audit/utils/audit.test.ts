import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../../lib/history-diff';
import { auditEntityPath, flattenSnapshot, isAuditEntity, nextBeforeId } from './audit';

describe('audit helpers', () => {
  it('pages by the smallest id of a full page and stops on a short one', () => {
    expect(nextBeforeId([{ id: 9 }, { id: 8 }, { id: 7 }], 3)).toBe(7);
    expect(nextBeforeId([{ id: 9 }, { id: 8 }], 3)).toBeUndefined();
    expect(nextBeforeId([], 3)).toBeUndefined();
  });

  it('links claims, articles, narratives and users; not exports or odd ids', () => {
    expect(auditEntityPath('claim', '12')).toBe('/claims/12');
    expect(auditEntityPath('article', 3)).toBe('/articles/3');
    expect(auditEntityPath('narrative', '4')).toBe('/admin/narratives');
    expect(auditEntityPath('user', '1')).toBe('/admin/users');
    expect(auditEntityPath('export', 'claims')).toBeNull();
    expect(auditEntityPath('claim', '../x')).toBeNull();
  });

  it('knows the audited entities', () => {
    expect(isAuditEntity('narrative')).toBe(true);
    expect(isAuditEntity('session')).toBe(false);
    expect(isAuditEntity(null)).toBe(false);
  });

  it('flattens nested settings but keeps named objects whole', () => {
    expect(flattenSnapshot(JSON.stringify({ filters: { camp: 'LNA', status: ['contested'] }, rows: 3 }))).toEqual({
      'filters.camp': 'LNA',
      'filters.status': ['contested'],
      rows: 3,
    });
    const merge = { from: { nameEn: 'LNA media office' }, claimsMoved: 2 };
    expect(flattenSnapshot(merge)).toEqual(merge);
    expect(flattenSnapshot(null)).toBeNull();
    expect(flattenSnapshot(5)).toEqual({ value: 5 });
  });

  it('gives a field-by-field diff through the shared history formatter', () => {
    const changes = diffSnapshots(flattenSnapshot(null), flattenSnapshot({ filters: { camp: 'LNA' }, rows: 3 }));
    expect(changes).toEqual([
      { field: 'filters.camp', before: '—', after: 'LNA' },
      { field: 'rows', before: '—', after: '3' },
    ]);
  });
});
