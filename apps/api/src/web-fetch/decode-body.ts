/**
 * Decodes a fetched body to text: the charset of the Content-Type header, else the one the document
 * declares in its first bytes (`<meta charset>`, `<?xml encoding?>`), else UTF-8. Arabic outlets
 * still serve windows-1256 now and then; TextDecoder knows it.
 */
export function decodeBody(bytes: Buffer, contentTypeHeader: string): string {
  const label = charsetOf(contentTypeHeader) ?? declaredCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An unknown label: most such pages are UTF-8 anyway.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function charsetOf(contentType: string): string | null {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return match ? match[1] : null;
}

function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1] : null;
}
