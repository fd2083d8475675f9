import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { ConflictPack } from '@claimline/contracts';
import { CONFLICT_PACK_SCHEMA } from './schema.js';
import { semanticErrors, type PackProblem } from './pack-rules.js';

/** One problem in a pack file: where it is (1-based line and column) and what is wrong. */
export type PackError = {
  /** Dotted path of the field: "sources[3].camp". */
  field: string;
  line: number;
  column: number;
  message: string;
};

export type PackValidation = { ok: true; pack: ConflictPack } | { ok: false; errors: PackError[] };

export class PackLoadError extends Error {
  constructor(
    readonly file: string,
    readonly errors: PackError[],
  ) {
    super(`${file}: invalid conflict pack\n${errors.map((e) => formatPackError(file, e)).join('\n')}`);
  }
}

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
ajv.addVocabulary(['errorHint']);
const validateShape = ajv.compile<ConflictPack>(CONFLICT_PACK_SCHEMA);

/** `FILE:line:col field message`, the form editors and CI annotate. */
export function formatPackError(file: string, error: PackError): string {
  return `${file}:${error.line}:${error.column} ${error.field} ${error.message}`;
}

/** Parses and validates pack YAML text: the shape (JSON Schema), then references, ids and roles. */
export function validatePackText(text: string): PackValidation {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return { field: '(yaml)', line, column: col, message: e.message.split('\n')[0] };
      }),
    };
  }
  const data: unknown = document.toJS();
  const locate = (path: string[], key?: string): PackError => {
    const { line, col } = lineCounter.linePos(offsetOf(document, path, key));
    return { field: fieldName(key === undefined ? path : [...path, key]), line, column: col, message: '' };
  };
  if (!validateShape(data)) {
    return { ok: false, errors: dedupe((validateShape.errors ?? []).map((e) => toPackError(e, locate))) };
  }
  const problems = semanticErrors(data);
  if (problems.length > 0) {
    return { ok: false, errors: problems.map((p: PackProblem) => ({ ...locate(p.path), message: p.message })) };
  }
  return { ok: true, pack: data };
}

/** Reads and validates a pack file; throws `PackLoadError` listing every problem. */
export function loadPackFile(file: string): ConflictPack {
  const result = validatePackText(readFileSync(file, 'utf8'));
  if (!result.ok) throw new PackLoadError(file, result.errors);
  return result.pack;
}

function toPackError(error: ErrorObject, locate: (path: string[], key?: string) => PackError): PackError {
  const path = pointerSegments(error.instancePath);
  const hint = (error.parentSchema as { errorHint?: string } | undefined)?.errorHint;
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return { ...locate(path), field: fieldName([...path, missing]), message: 'is required' };
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      return { ...locate(path, extra), message: 'is not a field of this object (misspelt?)' };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return { ...locate(path), message: `must be one of: ${allowed.join(', ')}` };
    }
    default:
      return { ...locate(path), message: hint ?? error.message ?? 'is invalid' };
  }
}

function dedupe(errors: PackError[]): PackError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.field}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** "sources[3].aliases.en" from ["sources", "3", "aliases", "en"]. */
function fieldName(path: string[]): string {
  let name = '';
  for (const segment of path) name += /^\d+$/.test(segment) ? `[${segment}]` : name ? `.${segment}` : segment;
  return name || '(pack)';
}

/**
 * Source offset of the node at `path` (or of `key` inside it): the deepest node that exists, so a
 * missing field points at the object that lacks it.
 */
function offsetOf(document: Document, path: string[], key?: string): number {
  let node: Node | null = document.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of key === undefined ? path : [...path, key]) {
    let next: Node | null = null;
    if (isSeq(node)) next = (node.items[Number(segment)] as Node | undefined) ?? null;
    else if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (pair && segment === key && isScalar(pair.key)) return pair.key.range?.[0] ?? offset;
      next = (pair?.value as Node | null | undefined) ?? null;
      // A key with an empty value: point at the key.
      if (pair && !next && isScalar(pair.key)) return pair.key.range?.[0] ?? offset;
    }
    if (!next) return offset;
    node = next;
    offset = node.range?.[0] ?? offset;
  }
  return offset;
}
