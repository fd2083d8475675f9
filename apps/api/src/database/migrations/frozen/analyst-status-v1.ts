/**
 * How the claims service recovered a claim's analyst status from its audit history before
 * claims.analyst_status existed: the last status in any event's before/after that was not derived
 * from links (oldest event first), 'unreviewed' without one. Frozen for AnalystStatus1764900000000.
 */
const DERIVED_STATUSES = ['corroborated', 'contested'];

type StatusEvent = { before: string | null; after: string | null };

export function analystStatusFromHistoryV1(events: readonly StatusEvent[]): string {
  let base = 'unreviewed';
  for (const event of events) {
    for (const json of [event.before, event.after]) {
      const status = parseStatus(json);
      if (status !== null && !DERIVED_STATUSES.includes(status)) base = status;
    }
  }
  return base;
}

function parseStatus(json: string | null): string | null {
  if (!json) return null;
  const snapshot = JSON.parse(json) as { status?: unknown } | null;
  return typeof snapshot?.status === 'string' ? snapshot.status : null;
}
