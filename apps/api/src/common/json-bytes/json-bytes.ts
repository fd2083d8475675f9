/**
 * A response body already serialized as UTF-8 JSON, sent as it is (JsonBytesExpressAdapter). Under a team's load,
 * Express's JSON.stringify of each answer and the UTF-8 encoding of the text were ~18 % of the API's CPU; an answer
 * assembled from remembered pieces (a claims page from its claims' JSON) or kept whole (the analytics cache) pays
 * for neither. `T` is the DTO the bytes are the JSON of: what the route declares in OpenAPI, checked by the tests
 * that parse it.
 */
export class JsonBytes<T> {
  /** Never set: carries `T` so a route's declared DTO and its bytes stay tied in the types. */
  declare readonly dto?: T;

  constructor(readonly bytes: Buffer) {}

  /** The value's JSON, in memory of its own: for bytes that are kept (the analytics cache). */
  static of<T>(value: T): JsonBytes<T> {
    return new JsonBytes<T>(keptUtf8(JSON.stringify(value)));
  }

  /** The DTO back (tests and the rare caller that needs the value, not the answer). */
  parse(): T {
    return JSON.parse(this.bytes.toString('utf8')) as T;
  }
}

/**
 * A string's UTF-8 in memory of its own. Buffer.from puts a short text in a slice of a shared 8 KB slab, and one slice
 * kept for minutes (a claim's JSON in a memo) keeps the whole slab alive: Node's docs advise allocUnsafeSlow for small
 * buffers that are retained.
 */
export function keptUtf8(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
  bytes.write(text, 'utf8');
  return bytes;
}

const OPEN_ARRAY = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE_ARRAY = Buffer.from(']');

/** JSON text as bytes, whole or in consecutive pieces (an object with a property added at its end). */
export type JsonPieces = Buffer | readonly Buffer[];

/**
 * `{"<key>":[<items>],<rest…>}` as bytes: a list's items as the JSON of each, joined without being parsed again.
 * `rest`'s properties follow the list, in their order, serialized here (a few scalars).
 */
export function jsonObjectWithList<T>(key: string, items: readonly JsonPieces[], rest: object): JsonBytes<T> {
  const parts: Buffer[] = [Buffer.from(`{${JSON.stringify(key)}:`), OPEN_ARRAY];
  items.forEach((item, index) => {
    if (index > 0) parts.push(COMMA);
    if (Buffer.isBuffer(item)) parts.push(item);
    else parts.push(...item);
  });
  parts.push(CLOSE_ARRAY);
  const tail = JSON.stringify(rest);
  // `{}` adds nothing; otherwise its properties follow the list's after a comma.
  parts.push(Buffer.from(tail === '{}' ? '}' : `,${tail.slice(1)}`));
  return new JsonBytes<T>(Buffer.concat(parts));
}

/**
 * An object's JSON with one more property at its end (`{…}` → `{…,"key":value}`), without parsing or copying it: a
 * claim's remembered JSON with what a search matched in it. `value` undefined leaves the object as it was, as
 * JSON.stringify leaves out an undefined property.
 */
export function withLastProperty(objectJson: Buffer, key: string, value: unknown): JsonPieces {
  if (value === undefined) return objectJson;
  if (objectJson[objectJson.length - 1] !== 0x7d) throw new Error('not the JSON of an object');
  const empty = objectJson.length === 2;
  return [
    objectJson.subarray(0, objectJson.length - 1),
    Buffer.from(`${empty ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(value)}}`),
  ];
}
