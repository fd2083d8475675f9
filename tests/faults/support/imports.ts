import { waitUntil } from './wait';

export type ImportJob = {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  failed: number;
  duplicates: number;
  failures: { line: number; reason: string }[];
};

/** N distinct Arabic articles, one JSON object a line; `tag` keeps two imports' bodies apart. */
export function jsonlArticles(count: number, tag: string): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(
      JSON.stringify({
        title: `[fault ${tag}] مقال رقم ${i}`,
        body: `قال المتحدث باسم الجيش إن القوات تقدمت في المحور رقم ${i} (${tag}). وأضاف أن الاشتباكات توقفت مساء أمس.`,
        publishedAt: '2019-10-07',
        language: 'ar',
        outlet: 'Fault suite',
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

export async function uploadImport(baseUrl: string, token: string, jsonl: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([jsonl], { type: 'application/x-ndjson' }), 'fault-import.jsonl');
  const response = await fetch(`${baseUrl}/api/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (response.status !== 202) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Polls the job through the API, tolerating the moments the app or its database is away. */
export async function waitForJobEnd(baseUrl: string, token: string, id: string, timeoutMs: number): Promise<ImportJob> {
  let last: ImportJob | null = null;
  await waitUntil(
    async () => {
      try {
        const response = await fetch(`${baseUrl}/api/imports/${id}`, { headers: { authorization: `Bearer ${token}` } });
        if (!response.ok) return false;
        last = (await response.json()) as ImportJob;
        return last.status === 'done' || last.status === 'failed';
      } catch {
        return false;
      }
    },
    { timeoutMs, what: `import job ${id} to end`, intervalMs: 250 },
  );
  return last!;
}
