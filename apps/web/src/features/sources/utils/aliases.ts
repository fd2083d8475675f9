/** Aliases typed one per line or comma-separated (Latin or Arabic comma), trimmed, without duplicates. */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of text.split(/[\n,،]/)) {
    const alias = part.trim().replace(/\s+/g, ' ');
    if (!alias || seen.has(alias)) continue;
    seen.add(alias);
    result.push(alias);
  }
  return result;
}

export function formatAliases(aliases: readonly string[]): string {
  return aliases.join('\n');
}
