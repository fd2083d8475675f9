import type { FieldErrors } from '../../../lib/api-client';

export type ConflictFormValues = { id: string; nameEn: string; nameAr: string; periodFrom: string; periodTo: string };
export type FormProblem = 'required' | 'kebab' | 'date' | 'order' | 'color';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const COLOR = /^#[0-9a-fA-F]{6}$/;

/** What the form can tell before asking the API (which checks again and may add its own messages). */
export function conflictFormProblems(
  values: ConflictFormValues,
): Partial<Record<keyof ConflictFormValues, FormProblem>> {
  const problems: Partial<Record<keyof ConflictFormValues, FormProblem>> = {};
  if (!values.id.trim()) problems.id = 'required';
  else if (!KEBAB.test(values.id.trim())) problems.id = 'kebab';
  if (!values.nameEn.trim()) problems.nameEn = 'required';
  if (!values.nameAr.trim()) problems.nameAr = 'required';
  if (!DATE.test(values.periodFrom)) problems.periodFrom = values.periodFrom ? 'date' : 'required';
  if (values.periodTo && !DATE.test(values.periodTo)) problems.periodTo = 'date';
  return problems;
}

export type CampFormValues = { id: string; nameEn: string; nameAr: string; color: string; role: string; order: string };

export function campFormProblems(values: CampFormValues): Partial<Record<keyof CampFormValues, FormProblem>> {
  const problems: Partial<Record<keyof CampFormValues, FormProblem>> = {};
  if (!values.id.trim()) problems.id = 'required';
  if (!values.nameEn.trim()) problems.nameEn = 'required';
  if (!values.nameAr.trim()) problems.nameAr = 'required';
  if (!COLOR.test(values.color)) problems.color = 'color';
  if (!/^\d+$/.test(values.order) || Number(values.order) < 1) problems.order = 'order';
  return problems;
}

export type PackError = { field: string; message: string; line: number | null };

/**
 * An invalid pack's errors, one per message, with the line each names ("line 4, column 3: …") so the page can
 * point at it; pack-wide messages (no line) come first.
 */
export function packErrors(fieldErrors: FieldErrors): PackError[] {
  const rows = Object.entries(fieldErrors).flatMap(([field, messages]) =>
    messages.map((message) => {
      const match = /\bline (\d+)/i.exec(message) ?? /السطر (\d+)/.exec(message);
      return { field, message, line: match ? Number(match[1]) : null };
    }),
  );
  return rows.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
