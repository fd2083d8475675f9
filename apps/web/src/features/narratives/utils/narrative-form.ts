import type { ManagedNarrative, NarrativeInput, NarrativePatch } from '../api/narratives';

export type NarrativeFormValues = { nameEn: string; nameAr: string; description: string; color: string };
export type NarrativeFormErrors = Partial<Record<keyof NarrativeFormValues, 'required' | 'color'>>;

export const COLOR_PATTERN = /^#[0-9A-Fa-f]{6}$/;
/** Okabe–Ito orange: readable on white and distinct from the camp colours. */
export const DEFAULT_COLOR = '#E69F00';

export function emptyNarrativeForm(): NarrativeFormValues {
  return { nameEn: '', nameAr: '', description: '', color: DEFAULT_COLOR };
}

export function narrativeToForm(
  narrative: Pick<ManagedNarrative, 'nameEn' | 'nameAr' | 'description' | 'color'>,
): NarrativeFormValues {
  return {
    nameEn: narrative.nameEn,
    nameAr: narrative.nameAr,
    description: narrative.description ?? '',
    color: narrative.color.toUpperCase(),
  };
}

/** `e69f00`, `#e69f00 ` → `#E69F00`; anything else is returned trimmed for the validator to reject. */
export function normaliseColor(value: string): string {
  const trimmed = value.trim();
  const withHash = /^[0-9A-Fa-f]{6}$/.test(trimmed) ? `#${trimmed}` : trimmed;
  return COLOR_PATTERN.test(withHash) ? withHash.toUpperCase() : withHash;
}

/** The checks the API makes too, so the common mistakes are caught before a round trip (names that are only spaces included). */
export function validateNarrativeForm(values: NarrativeFormValues): NarrativeFormErrors {
  const errors: NarrativeFormErrors = {};
  if (!values.nameEn.trim()) errors.nameEn = 'required';
  if (!values.nameAr.trim()) errors.nameAr = 'required';
  if (!COLOR_PATTERN.test(normaliseColor(values.color))) errors.color = 'color';
  return errors;
}

export function formToInput(values: NarrativeFormValues): NarrativeInput {
  const description = values.description.trim();
  return {
    nameEn: values.nameEn.trim(),
    nameAr: values.nameAr.trim(),
    description: description || null,
    color: normaliseColor(values.color),
  };
}

/** Only the fields that changed, so an edit records a minimal audit entry; an empty object means nothing to save. */
export function changedFields(original: NarrativeInput, next: NarrativeInput): NarrativePatch {
  const patch: NarrativePatch = {};
  if (next.nameEn !== original.nameEn) patch.nameEn = next.nameEn;
  if (next.nameAr !== original.nameAr) patch.nameAr = next.nameAr;
  if ((next.description ?? null) !== (original.description ?? null)) patch.description = next.description;
  if (next.color.toUpperCase() !== original.color.toUpperCase()) patch.color = next.color;
  return patch;
}
