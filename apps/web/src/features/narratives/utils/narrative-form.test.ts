import { describe, expect, it } from 'vitest';
import {
  changedFields,
  emptyNarrativeForm,
  formToInput,
  narrativeToForm,
  normaliseColor,
  validateNarrativeForm,
} from './narrative-form';

describe('narrative form', () => {
  it('normalises colours to #RRGGBB and leaves bad ones for the validator', () => {
    expect(normaliseColor('#e69f00')).toBe('#E69F00');
    expect(normaliseColor(' e69f00 ')).toBe('#E69F00');
    expect(normaliseColor('red')).toBe('red');
    expect(normaliseColor('#fff')).toBe('#fff');
  });

  it('requires both names (spaces are not a name) and a #RRGGBB colour', () => {
    expect(validateNarrativeForm(emptyNarrativeForm())).toEqual({ nameEn: 'required', nameAr: 'required' });
    expect(validateNarrativeForm({ nameEn: '  ', nameAr: 'تحرير', description: '', color: '#12' })).toEqual({
      nameEn: 'required',
      color: 'color',
    });
    expect(validateNarrativeForm({ nameEn: 'Liberation', nameAr: 'تحرير', description: '', color: '0072b2' })).toEqual(
      {},
    );
  });

  it('trims values and sends an empty description as null', () => {
    expect(formToInput({ nameEn: ' Terrorism ', nameAr: ' الإرهاب ', description: '   ', color: '#cc79a7' })).toEqual({
      nameEn: 'Terrorism',
      nameAr: 'الإرهاب',
      description: null,
      color: '#CC79A7',
    });
  });

  it('round-trips a narrative and patches only what changed', () => {
    const original = { nameEn: 'Terrorism', nameAr: 'الإرهاب', description: null, color: '#CC79A7' };
    const form = narrativeToForm({ ...original, color: '#cc79a7' });
    expect(form).toEqual({ nameEn: 'Terrorism', nameAr: 'الإرهاب', description: '', color: '#CC79A7' });
    expect(changedFields(original, formToInput(form))).toEqual({});
    expect(
      changedFields(original, formToInput({ ...form, description: 'Used by both sides', color: '#0072B2' })),
    ).toEqual({
      description: 'Used by both sides',
      color: '#0072B2',
    });
  });
});
