/** Word and punctuation tokens of a normalized text, stored in typed arrays for speed. */
export type Tokens = {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** The token text; punctuation tokens are one character, line breaks are "\n". */
  text: string[];
  isWord: Uint8Array;
};

export function isWordCode(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    (c >= 0xdf && c <= 0xff && c !== 0xf7) ||
    c === 0x0624 ||
    c === 0x0626
  );
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  const isWord = new Uint8Array(n + 1);
  const parts: string[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    let j = i + 1;
    if (isWordCode(c)) {
      while (j < n && isWordCode(text.charCodeAt(j))) j++;
      isWord[count] = 1;
    }
    start[count] = i;
    end[count] = j;
    parts.push(text.slice(i, j));
    count++;
    i = j;
  }
  return {
    count,
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    text: parts,
    isWord: isWord.subarray(0, count),
  };
}
