import { attachmentDisposition, safeContentType, safeFileName } from '../documents/file-names';
import { compareEntries, decodeTimelineCursor, encodeTimelineCursor, mergePage, TimelineEntry } from './timeline';

const entry = (id: string, at: string): TimelineEntry => ({
  id,
  at,
  kind: 'call',
  occurredAt: new Date(at),
  title: id,
  summary: null,
  actorId: null,
  source: id.split(':')[0],
  link: null,
});

describe('INT-01 timeline merge and cursor', () => {
  it('INT-01 merges providers newest first, equal times by id, and knows when more remain', () => {
    const calls = [entry('a:3', '2026-01-03T00:00:00.000000Z'), entry('a:1', '2026-01-01T00:00:00.000000Z')];
    const documents = [entry('b:2', '2026-01-03T00:00:00.000000Z'), entry('b:0', '2025-12-31T00:00:00.000001Z')];
    const page = mergePage([calls, documents], 3);
    expect(page.entries.map((e) => e.id)).toEqual(['b:2', 'a:3', 'a:1']);
    expect(page.hasMore).toBe(true);
    expect(mergePage([calls, documents], 4).hasMore).toBe(false);
    expect(compareEntries({ at: '2026-01-01T00:00:00.000001Z', id: 'x' }, { at: '2026-01-01T00:00:00.000000Z', id: 'y' })).toBe(-1);
  });

  it('INT-01 a cursor round-trips and anything else is refused', () => {
    const position = { at: '2026-01-03T04:05:06.123456Z', id: 'customers.interaction:42' };
    expect(decodeTimelineCursor(encodeTimelineCursor(position))).toEqual(position);
    expect(decodeTimelineCursor('not a cursor')).toBeNull();
    expect(decodeTimelineCursor(Buffer.from(JSON.stringify(['timeline', 'yesterday', 'x'])).toString('base64url'))).toBeNull();
    expect(decodeTimelineCursor(Buffer.from(JSON.stringify(['accounts', position.at, 'x'])).toString('base64url'))).toBeNull();
  });
});

describe('CUS-08 file names and types from browsers', () => {
  it('CUS-08 keeps the base name without folders or control characters and shortens long names keeping the extension', () => {
    expect(safeFileName('C:\\Users\\li\\报价单.pdf')).toBe('报价单.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a"b\r\n.txt')).toBe('ab.txt');
    expect(safeFileName('..')).toBe('document');
    const long = safeFileName(`${'x'.repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('CUS-08 accepts a plain media type and downgrades anything else; downloads are attachments with an ASCII fallback name', () => {
    expect(safeContentType('Application/PDF; charset=binary')).toBe('application/pdf');
    expect(safeContentType('text/html\r\nX-Evil: 1')).toBe('application/octet-stream');
    expect(safeContentType(undefined)).toBe('application/octet-stream');
    expect(attachmentDisposition('合同 (final).pdf')).toBe(`attachment; filename="__ (final).pdf"; filename*=UTF-8''%E5%90%88%E5%90%8C%20%28final%29.pdf`);
  });
});
