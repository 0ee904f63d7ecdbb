import { checkLibraryFields, normalizeFolder, parseTags } from './library-fields';

describe('library document fields (CUS-08)', () => {
  it('CUS-08 tags come from a comma list or an array, trimmed, without repeats in any case', () => {
    expect(parseTags(' pumps, 2026 ,,Pumps；价格')).toEqual(['pumps', '2026', '价格']);
    expect(parseTags(['a', ' a ', 'B'])).toEqual(['a', 'B']);
    expect(parseTags(null)).toEqual([]);
  });

  it('CUS-08 folders are slash paths without empty or padded parts', () => {
    expect(normalizeFolder('/ Product  sheets // 2026 /')).toBe('Product sheets/2026');
    expect(normalizeFolder('a\\b')).toBe('a/b');
    expect(normalizeFolder(undefined)).toBe('');
  });

  it('CUS-08 a blank title, a long tag, too many tags or too deep a folder are refused naming the field', () => {
    const { problems } = checkLibraryFields({ title: '  ', tags: ['x'.repeat(41)], folder: 'a/b/c/d/e/f' }, 'input.');
    expect(problems.map((p) => p.field)).toEqual(['input.title', 'input.folder', 'input.tags']);
    expect(checkLibraryFields({ title: 't', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }).problems.map((p) => p.field)).toEqual(['tags']);
  });

  it('CUS-08 good input comes back clean', () => {
    expect(checkLibraryFields({ title: ' Price  list ', folder: 'Prices/', tags: 'q1', description: '  ' })).toEqual({
      value: { title: 'Price list', folder: 'Prices', tags: ['q1'], description: null },
      problems: [],
    });
  });
});
