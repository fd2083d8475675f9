import { afterEach, describe, expect, it } from 'vitest';
import { localizeErrorMessage, localizeFieldErrors, localizeFieldIssue } from './api-error-messages';
import { toApiError } from './api-client';

const tooShort = {
  field: 'password',
  code: 'minLength',
  params: { min: 10 },
  message: 'password must be at least 10 characters',
};

afterEach(() => {
  document.documentElement.lang = '';
});

describe('API error codes in the UI language', () => {
  it('keeps the server’s English in English and translates the code in Arabic', () => {
    expect(localizeErrorMessage('en', 'forbidden', 'This needs the admin role')).toBe('This needs the admin role');
    expect(localizeErrorMessage('ar', 'forbidden', 'This needs the admin role')).toBe('لا يسمح دورك بهذا الإجراء.');
    expect(localizeErrorMessage('ar', 'not_found', 'Claim 12 not found')).toBe(
      'هذا العنصر غير موجود (أو لم يعد موجودًا). (\u2068Claim 12 not found\u2069)',
    );
    // An unknown code, or none: the message as sent.
    expect(localizeErrorMessage('ar', 'brand_new_code', 'Something new')).toBe('Something new');
    expect(localizeErrorMessage('ar', undefined, 'Old server')).toBe('Old server');
  });

  it('words field rules with their parameters, counts through the plural rules', () => {
    expect(localizeFieldIssue('en', tooShort)).toBe('password must be at least 10 characters');
    expect(localizeFieldIssue('ar', tooShort)).toBe('استخدم 10 أحرف على الأقل.');
    expect(localizeFieldIssue('ar', { ...tooShort, params: { min: 12 } })).toBe('استخدم 12 حرفًا على الأقل.');
    expect(localizeFieldIssue('ar', { field: 'role', code: 'isIn', params: { values: 'a, b' }, message: 'x' })).toBe(
      'اختر إحدى القيم: a, b.',
    );
    expect(localizeFieldIssue('ar', { field: 'x', code: 'somethingElse', message: 'x is odd' })).toBe('x is odd');
  });

  it('rewrites only the fields the issues cover', () => {
    const fields = { password: ['password must be at least 10 characters'], email: ['email is already in use'] };
    expect(localizeFieldErrors('ar', fields, [tooShort])).toEqual({
      password: ['استخدم 10 أحرف على الأقل.'],
      email: ['email is already in use'],
    });
    expect(localizeFieldErrors('en', fields, [tooShort])).toBe(fields);
  });

  it('gives an ApiError its code and words it for the Arabic page', () => {
    document.documentElement.lang = 'ar';
    const body = {
      statusCode: 400,
      code: 'validation_failed',
      message: 'Validation failed',
      errors: [{ field: 'password', messages: [tooShort.message] }],
      issues: [tooShort],
    };
    const error = toApiError(new Response(null, { status: 400 }), body);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('بعض الحقول غير صالحة.');
    expect(error.fieldErrors).toEqual({ password: ['استخدم 10 أحرف على الأقل.'] });

    document.documentElement.lang = 'en';
    const english = toApiError(new Response(null, { status: 400 }), body);
    expect(english.message).toBe('Validation failed');
    expect(english.fieldErrors).toEqual({ password: [tooShort.message] });
  });
});
