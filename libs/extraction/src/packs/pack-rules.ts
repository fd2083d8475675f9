import type { CampRole, ConflictPack } from '@claimline/contracts';

/** A problem the JSON Schema cannot see, at a path of the pack ("sources", "3", "camp"). */
export type PackProblem = { path: string[]; message: string };

/** Roles the engine needs exactly one camp for: foreign-state rules and unaffiliated sources. */
const SINGLE_ROLES: CampRole[] = ['international', 'unknown'];

/**
 * Checks across fields of a pack whose shape is already valid: unique ids, references to camps and
 * sources that exist, one camp for each role the engine falls back on, a period in order.
 */
export function semanticErrors(pack: ConflictPack): PackProblem[] {
  const problems: PackProblem[] = [];
  duplicates(pack.camps, 'camps', problems);
  duplicates(pack.sources, 'sources', problems);
  duplicates(pack.gazetteer.places, 'gazetteer.places', problems);
  duplicates(pack.narratives ?? [], 'narratives', problems);

  const campIds = new Set(pack.camps.map((c) => c.id));
  const checkCamp = (camp: string | undefined, path: string[]) => {
    if (camp !== undefined && !campIds.has(camp))
      problems.push({ path, message: `names camp "${camp}", which is not in camps (${[...campIds].join(', ')})` });
  };
  pack.camps.forEach((c, i) => checkCamp(c.opponent, ['camps', String(i), 'opponent']));
  pack.sources.forEach((s, i) => checkCamp(s.camp, ['sources', String(i), 'camp']));
  pack.affiliations.forEach((a, i) => checkCamp(a.camp, ['affiliations', String(i), 'camp']));
  pack.framing.forEach((f, i) => checkCamp(f.camp, ['framing', String(i), 'camp']));
  (pack.narratives ?? []).forEach((n, i) => checkCamp(n.camp, ['narratives', String(i), 'camp']));

  const sourceIds = new Set(pack.sources.map((s) => s.id));
  pack.governmentContext.governments.forEach((g, i) => {
    checkCamp(g.camp, ['governmentContext', 'governments', String(i), 'camp']);
    g.sources.forEach((id, k) => {
      if (!sourceIds.has(id))
        problems.push({
          path: ['governmentContext', 'governments', String(i), 'sources', String(k)],
          message: `names source "${id}", which is not in sources`,
        });
    });
  });

  for (const role of SINGLE_ROLES) {
    const count = pack.camps.filter((c) => c.role === role).length;
    if (count !== 1)
      problems.push({ path: ['camps'], message: `must have exactly one camp with role "${role}" (has ${count})` });
  }
  if (pack.period.to !== null && pack.period.to < pack.period.from)
    problems.push({ path: ['period', 'to'], message: `is before period.from (${pack.period.from})` });
  return problems;
}

function duplicates(items: ReadonlyArray<{ id: string }>, at: string, problems: PackProblem[]): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, i);
    else
      problems.push({
        path: [...at.split('.'), String(i), 'id'],
        message: `duplicates the id "${item.id}" of ${at}[${first}]`,
      });
  });
}
