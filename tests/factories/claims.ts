/** One claim in the shape POST /api/articles accepts, spanning `text` inside `body`. */
export function claimInput(body: string, text: string, overrides: Record<string, unknown> = {}) {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`claimInput: "${text}" is not in the body`);
  return { text, start, end: start + text.length, ...overrides };
}
