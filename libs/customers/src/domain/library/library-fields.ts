import type { FieldProblem } from '@crm/platform';

/** What describes a document of the shared library (CUS-08): its name, the folder it sits in, its tags. */
export interface LibraryFields {
  title: string;
  /** Slash-separated path, e.g. `Product sheets/2026`; '' is the library's top level. */
  folder: string;
  tags: string[];
  description: string | null;
}

export const LIBRARY_LIMITS = { title: 200, folder: 200, folderDepth: 5, tag: 40, tags: 20, description: 2000 } as const;

export interface LibraryFieldsInput {
  title?: string | null;
  folder?: string | null;
  tags?: readonly string[] | string | null;
  description?: string | null;
}

/** `a, b ,,c` or ['a', ' b'] as a clean, de-duplicated list (case-insensitively, first spelling kept). */
export function parseTags(tags: readonly string[] | string | null | undefined): string[] {
  const raw = typeof tags === 'string' ? tags.split(/[,，;；]/) : (tags ?? []);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of raw) {
    const clean = String(tag).replace(/\s+/g, ' ').trim();
    const key = clean.toLowerCase();
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

/** `/ Product sheets // 2026 /` → `Product sheets/2026`. */
export function normalizeFolder(folder: string | null | undefined): string {
  return (folder ?? '')
    .split(/[\\/]/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('/');
}

/**
 * Checks and cleans what a user typed. Every problem names its field (`prefix` + name: `title`, `input.tags`),
 * so the caller refuses the whole request before anything is stored.
 */
export function checkLibraryFields(input: LibraryFieldsInput, prefix = ''): { value: LibraryFields; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const title = (input.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) problems.push({ field: `${prefix}title`, message: 'is required' });
  else if (title.length > LIBRARY_LIMITS.title) problems.push({ field: `${prefix}title`, message: `must be at most ${LIBRARY_LIMITS.title} characters` });

  const folder = normalizeFolder(input.folder);
  if (folder.length > LIBRARY_LIMITS.folder) problems.push({ field: `${prefix}folder`, message: `must be at most ${LIBRARY_LIMITS.folder} characters` });
  else if (folder.split('/').length > LIBRARY_LIMITS.folderDepth) problems.push({ field: `${prefix}folder`, message: `may be at most ${LIBRARY_LIMITS.folderDepth} levels deep` });

  const tags = parseTags(input.tags);
  if (tags.length > LIBRARY_LIMITS.tags) problems.push({ field: `${prefix}tags`, message: `at most ${LIBRARY_LIMITS.tags} tags` });
  const long = tags.find((t) => t.length > LIBRARY_LIMITS.tag);
  if (long) problems.push({ field: `${prefix}tags`, message: `"${long.slice(0, 20)}…" is longer than ${LIBRARY_LIMITS.tag} characters` });

  const description = input.description?.trim() || null;
  if (description && description.length > LIBRARY_LIMITS.description) {
    problems.push({ field: `${prefix}description`, message: `must be at most ${LIBRARY_LIMITS.description} characters` });
  }
  return { value: { title, folder, tags, description }, problems };
}
