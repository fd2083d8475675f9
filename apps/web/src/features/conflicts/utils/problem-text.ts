import type { ConflictMessages } from '../messages';
import type { FormProblem } from './form-errors';

/** The message for each field the form itself found wrong, in the page's language. */
export function problemText<K extends string>(
  problems: Partial<Record<K, FormProblem>>,
  t: ConflictMessages,
): Record<string, string[]> {
  const words: Record<FormProblem, string> = {
    required: t.required,
    kebab: t.kebab,
    date: t.date,
    color: t.badColor,
    order: t.badOrder,
  };
  const result: Record<string, string[]> = {};
  for (const [field, problem] of Object.entries(problems) as [string, FormProblem][]) result[field] = [words[problem]];
  return result;
}
