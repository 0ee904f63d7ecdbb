import { isWithin, prefixPattern, rebase, unitPath } from './org-unit-path';

describe('organisation unit paths', () => {
  it('ACC-01 a top unit’s path is its own id; a child’s extends its parent’s', () => {
    expect(unitPath(null, 'a')).toBe('/a/');
    expect(unitPath('/a/', 'b')).toBe('/a/b/');
    expect(unitPath(unitPath('/a/', 'b'), 'c')).toBe('/a/b/c/');
  });

  it('ACC-01 a unit is within its own subtree and its ancestors’, never within a sibling’s whose id it extends', () => {
    expect(isWithin('/a/b/', '/a/')).toBe(true);
    expect(isWithin('/a/', '/a/')).toBe(true);
    expect(isWithin('/a/', '/a/b/')).toBe(false);
    expect(isWithin('/ab/', '/a/')).toBe(false);
  });

  it('ACC-01 moving a subtree re-bases every path below it', () => {
    expect(rebase('/a/b/c/', '/a/b/', '/x/b/')).toBe('/x/b/c/');
    expect(rebase('/a/b/', '/a/b/', '/b/')).toBe('/b/');
    expect(() => rebase('/y/', '/a/', '/b/')).toThrow();
  });

  it('ACC-01 LIKE wildcards in a path prefix are escaped', () => {
    expect(prefixPattern('/a/')).toBe('/a/%');
    expect(prefixPattern('/a_b%/')).toBe('/a\\_b\\%/%');
  });
});
