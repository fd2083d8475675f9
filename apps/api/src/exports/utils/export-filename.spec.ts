import { exportFilename } from './export-filename.js';

const day = new Date('2026-11-29T10:00:00Z');

describe('exportFilename', () => {
  it('names the export, the day and the filters in short form', () => {
    expect(exportFilename('claims', day, { camp: ['LNA', 'GNA'], from: '2019-07-01' })).toBe(
      'claimline-claims-2026-11-29-camp-LNA-GNA_from-2019-07-01.csv',
    );
  });

  it('is just the export and the day without filters', () => {
    expect(exportFilename('articles', day, { camp: [], q: undefined })).toBe('claimline-articles-2026-11-29.csv');
  });

  it('drops characters that could break the header or the file system', () => {
    expect(exportFilename('claims', day, { q: 'a"b\r\nContent-Type: x/../..' })).toBe(
      'claimline-claims-2026-11-29-q-a-b-Content-Type-x.csv',
    );
    expect(exportFilename('claims', day, { q: 'وادي الربيع' })).toBe('claimline-claims-2026-11-29-q.csv');
  });

  it('stays short', () => {
    const name = exportFilename('claims', day, { source: Array.from({ length: 200 }, (_, i) => i) });
    expect(name.length).toBeLessThanOrEqual(154);
    expect(name.endsWith('.csv')).toBe(true);
  });
});
