import { boundedLines } from './import-rows.js';

function* chunks(...parts: (string | Buffer)[]): Generator<Buffer> {
  for (const part of parts) yield Buffer.isBuffer(part) ? part : Buffer.from(part);
}

async function collect(input: Iterable<Buffer>, maxBytes: number) {
  const lines = [];
  for await (const line of boundedLines(input, maxBytes)) lines.push(line);
  return lines;
}

describe('boundedLines', () => {
  it('splits on newlines across chunks, drops the CR of CRLF, and keeps the last line without a newline', async () => {
    expect(await collect(chunks('ab', 'c\r\nd', 'e\n\nf'), 10)).toEqual([
      { line: 1, text: 'abc' },
      { line: 2, text: 'de' },
      { line: 3, text: '' },
      { line: 4, text: 'f' },
    ]);
  });

  it('decodes an Arabic letter split between two chunks', async () => {
    const bytes = Buffer.from('قال\n');
    expect(await collect(chunks(bytes.subarray(0, 1), bytes.subarray(1)), 10)).toEqual([{ line: 1, text: 'قال' }]);
  });

  it('reports a line over the cap by number without keeping it, and goes on', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 0x61);
    function* huge(): Generator<Buffer> {
      yield Buffer.from('{"ok":1}\n');
      for (let i = 0; i < 100; i++) yield megabyte; // a 100 MB line
      yield Buffer.from('\n{"ok":3}');
    }
    const before = process.memoryUsage().arrayBuffers;
    const lines = await collect(huge(), 1024);
    expect(lines).toEqual([
      { line: 1, text: '{"ok":1}' },
      { line: 2, tooLong: true },
      { line: 3, text: '{"ok":3}' },
    ]);
    // The 100 MB were never held: far less than that was allocated on top of the one reused chunk.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
  });
});
