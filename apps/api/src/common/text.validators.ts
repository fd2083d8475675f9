import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Something a reader can see: not whitespace, not a control character, not an invisible format mark (zero-width
 * space and joiners, LRM/RLM and the other bidi marks, BOM, word joiner, soft hyphen) nor a blank filler letter.
 */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\u115F\u1160\u2800\u3164\uFFA0]/u;

/**
 * Control characters (C0, DEL, C1: tabs, line breaks, escapes, NUL) and the bidi embeddings, overrides and
 * isolates, which can make a name display as something else. ZWJ/ZWNJ stay allowed: Arabic-script text uses them.
 */
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

const hasVisibleText = (value: unknown) => typeof value === 'string' && VISIBLE.test(value);
const hasNoControl = (value: unknown) => typeof value !== 'string' || !CONTROL.test(value);

/** For texts (an article body): at least one visible character. */
export const HasVisibleText = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'hasVisibleText',
      validator: {
        validate: hasVisibleText,
        defaultMessage: (args) => `${args?.property} must contain visible text, not only spaces or invisible marks`,
      },
    },
    options,
  );

/** For one-line names (sources, narratives, outlets, titles): no control characters. */
export const NoControlCharacters = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'noControlCharacters',
      validator: {
        validate: hasNoControl,
        defaultMessage: (args) => `${args?.property} must not contain control characters`,
      },
    },
    options,
  );

/** A one-line name: no control characters, and something visible. */
export const IsCleanName =
  (options?: ValidationOptions): PropertyDecorator =>
  (target, key) => {
    NoControlCharacters(options)(target, key);
    // A name with control characters gets that message alone, not "nothing visible" as well.
    ValidateBy(
      {
        name: 'hasVisibleName',
        validator: {
          validate: (value: unknown) => !hasNoControl(value) || hasVisibleText(value),
          defaultMessage: (args) => `${args?.property} must contain visible text, not only spaces or invisible marks`,
        },
      },
      options,
    )(target, key);
  };
