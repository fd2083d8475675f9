/** Pure helpers for the audit log page: paging, entity links and flattening snapshots for a readable diff. */

/** The entities the API records (AuditService.record callers); the filter offers these. */
export const AUDIT_ENTITIES = ['claim', 'article', 'source', 'narrative', 'user', 'export'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export function isAuditEntity(value: string | null | undefined): value is AuditEntity {
  return (AUDIT_ENTITIES as readonly string[]).includes(value ?? '');
}

/** Keyset paging: a full page may have older events behind it (the last, smallest id); a short page is the end. */
export function nextBeforeId(page: readonly { id: number }[], limit: number): number | undefined {
  if (page.length < limit || page.length === 0) return undefined;
  return Math.min(...page.map((event) => event.id));
}

/** Where an audited record can be seen in the app, if anywhere. */
export function auditEntityPath(entity: string, entityId: string | number): string | null {
  const id = String(entityId);
  if (!/^\d+$/.test(id)) return null;
  switch (entity) {
    case 'claim':
      return `/claims/${id}`;
    case 'article':
      return `/articles/${id}`;
    case 'narrative':
      return '/admin/narratives';
    case 'user':
      return '/admin/users';
    default:
      return null;
  }
}

function isNamed(record: Record<string, unknown>): boolean {
  return ['nameEn', 'nameAr', 'name', 'text'].some((key) => typeof record[key] === 'string');
}

function parseSnapshot(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * `{ filters: { camp: 'LNA' }, rows: 3 }` → `{ 'filters.camp': 'LNA', rows: 3 }`, so nested settings diff field by field.
 * Objects with a name (a source, a narrative) stay whole: the diff shows their name.
 */
export function flattenSnapshot(value: unknown, prefix = ''): Record<string, unknown> | null {
  const parsed = parseSnapshot(value);
  if (parsed === null || parsed === undefined) return null;
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return { [prefix || 'value']: parsed };
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(parsed as Record<string, unknown>)) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (
      item &&
      typeof item === 'object' &&
      !Array.isArray(item) &&
      !isNamed(item as Record<string, unknown>) &&
      Object.keys(item).length > 0
    ) {
      Object.assign(result, flattenSnapshot(item, field));
    } else {
      result[field] = item;
    }
  }
  return result;
}
