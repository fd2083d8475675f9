import { jsonObjectWithList, JsonBytes, keptUtf8, withLastProperty, type JsonPieces } from './json-bytes.js';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const text = (pieces: JsonPieces) => (Buffer.isBuffer(pieces) ? pieces : Buffer.concat(pieces)).toString('utf8');

describe('JsonBytes', () => {
  it('holds the UTF-8 JSON of a value, Arabic intact', () => {
    const value = { text: 'قصف «ميليشيات» طرابلس', n: 3, none: null };
    const bytes = JsonBytes.of(value);
    expect(bytes.bytes.equals(Buffer.from(JSON.stringify(value), 'utf8'))).toBe(true);
    expect(bytes.parse()).toEqual(value);
  });
});

describe('keptUtf8', () => {
  it("is the text's UTF-8 in a buffer of its own, not a slice of a shared slab", () => {
    const text = '{"text":"قصف طرابلس"}';
    const bytes = keptUtf8(text);
    expect(bytes.toString('utf8')).toBe(text);
    expect(bytes.buffer.byteLength).toBe(Buffer.byteLength(text));
  });
});

describe('jsonObjectWithList', () => {
  it('is the JSON of the object with the list first, from the items already serialized', () => {
    const items = [
      { id: 1, text: 'مطار معيتيقة' },
      { id: 2, text: 'a "quoted" word' },
    ];
    const rest = { totalCapped: false, nextCursor: null, total: 2 };
    const sent = jsonObjectWithList('items', items.map(json), rest);
    expect(sent.bytes.toString()).toBe(JSON.stringify({ items, ...rest }));
  });

  it('joins items given in pieces (a property added to a remembered object)', () => {
    const items = [withLastProperty(json({ id: 1 }), 'matchedBy', ['text']), json({ id: 2 })];
    expect(jsonObjectWithList('items', items, { total: 2 }).parse()).toEqual({
      items: [{ id: 1, matchedBy: ['text'] }, { id: 2 }],
      total: 2,
    });
  });

  it('writes an empty list and an empty rest as JSON.stringify would', () => {
    expect(jsonObjectWithList('items', [], { total: 0 }).bytes.toString()).toBe('{"items":[],"total":0}');
    expect(jsonObjectWithList('items', [json(1)], {}).bytes.toString()).toBe('{"items":[1]}');
  });

  it('leaves out an undefined property of the rest, as JSON.stringify does', () => {
    expect(jsonObjectWithList('items', [], { a: undefined, b: 1 }).bytes.toString()).toBe('{"items":[],"b":1}');
  });
});

describe('withLastProperty', () => {
  it('adds the property at the end of the object', () => {
    const object = { id: 7, text: 'ترهونة' };
    expect(JSON.parse(text(withLastProperty(json(object), 'matchedBy', ['text', 'place'])))).toEqual({
      ...object,
      matchedBy: ['text', 'place'],
    });
    expect(text(withLastProperty(json({}), 'matchedBy', []))).toBe('{"matchedBy":[]}');
  });

  it('keeps an empty list (a page that matched by nothing says so) and leaves undefined out', () => {
    expect(text(withLastProperty(json({ id: 1 }), 'matchedBy', []))).toBe('{"id":1,"matchedBy":[]}');
    const object = json({ id: 1 });
    expect(withLastProperty(object, 'matchedBy', undefined)).toBe(object);
  });

  it('refuses what is not an object', () => {
    expect(() => withLastProperty(json([1]), 'k', 1)).toThrow('not the JSON of an object');
  });
});
