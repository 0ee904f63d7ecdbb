import { escapeLike, nameSearchPart, nameSearchParts, nameSearchPattern, nameSearchText } from './name-search';

/** SQL LIKE (backslash escape) as a regular expression, so the patterns are checked against the column's form. */
function like(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') source += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

describe('indexable name search form (CUS-03)', () => {
  it('CUS-03 keeps the name, its key and its pinyin, normalised, and every character with the one after it as a word', () => {
    expect(nameSearchText('上海 宏達貿易有限公司', '上海宏达贸易', 'shanghaihongdamaoyi')).toBe(
      '上海宏達貿易有限公司 上海宏达贸易 shanghaihongdamaoyi\n 上海 海宏 宏達 達貿 貿易 易有 有限 限公 公司 司   上 上海 海宏 宏达 达贸 贸易 易   ' +
        's sh ha an ng gh ha ai ih ho on ng gd da am ma ao oy yi i',
    );
    expect(nameSearchPart(' Wei  Zhang ')).toBe('weizhang');
  });

  it('CUS-03 leaves out a part found inside another (a Simplified name holds its key; a person’s key is often the pinyin)', () => {
    expect(nameSearchParts('上海宏达贸易有限公司', '上海宏达贸易', 'shanghaihongdamaoyi')).toEqual(['上海宏达贸易有限公司', 'shanghaihongdamaoyi']);
    expect(nameSearchParts('王伟', 'wang wei', 'wangwei')).toEqual(['王伟', 'wangwei']);
    expect(nameSearchParts('ab', 'abc', null)).toEqual(['abc']);
    expect(nameSearchParts('abc', 'abc', 'abc')).toEqual(['abc']);
    expect(nameSearchParts('x', 'y', 'xyz')).toEqual(['xyz']);
    expect(nameSearchText('ＡＣＭＥ  Globex', 'acme globex', null)).toBe('acmeglobex\n ac cm me eg gl lo ob be ex x');
    expect(nameSearchText('', null, null)).toBe('\n ');
  });

  it('CUS-03 a pattern matches the column exactly when some part of the name contains the fragment', () => {
    const names: [string, string, string | null][] = [
      ['上海宏达贸易有限公司', '上海宏达贸易', 'shanghaihongdamaoyi'],
      ['Pioneer Systems Ltd', 'pioneer systems', null],
      ['Ner', 'ner', null],
      ['aab', 'aab', null],
      ['abab', 'abab', null],
      ['50% off_co', '50off_co', null],
      ['Mississippi', 'mississippi', null],
      ['王伟', 'wang wei', 'wangwei'],
      ['a-b.c', 'abc', null],
      ['x', 'y', 'xyz'],
    ];
    const fragments = ['宏达', '宏', '海宏达', 'hongda', 'ng', 'neer', 'ner', 'ne', 'aa', 'ab', 'ba', 'bab', 'aab', '0%', '%', 'f_c', 'mssy', 'rsy', 'ltd', 'oneersyst', 'r s', 'n', 'sss', 'ss', 'sis', 'ppi', 'iss', 'aaa', 'pp', 'p', '-', '.', '王', '伟', '王伟', 'gw', 'wa', 'i', 'a-', '-b', 'b.c', 'a-b', 'x', 'y', 'z', 'xy', 'yz', 'xyz'];
    for (const [name, key, pinyin] of names) {
      const text = nameSearchText(name, key, pinyin);
      const parts = [name, key, pinyin].map(nameSearchPart);
      for (const fragment of fragments) {
        const found = like(nameSearchPattern(fragment)!.pattern).test(text);
        expect([name, fragment, found]).toEqual([name, fragment, parts.some((part) => part.includes(nameSearchPart(fragment)))]);
      }
    }
  });

  it('CUS-03 looks up fragments of three characters or more as they are, two as a word, one as a word start', () => {
    expect(nameSearchPattern('meGlob')).toEqual({ pattern: '%meglob%', indexed: true });
    expect(nameSearchPattern('宏达')).toEqual({ pattern: '% 宏达 %', indexed: true });
    expect(nameSearchPattern('宏')).toEqual({ pattern: '% 宏%', indexed: true });
    // pg_trgm pads a word where punctuation bounds it: "a.b" has "  b", "ab.c" has "ab " and "  c", "50%" has "50 "
    expect(nameSearchPattern('a.b')).toEqual({ pattern: '%a.b%', indexed: true });
    expect(nameSearchPattern('ab.c')).toEqual({ pattern: '%ab.c%', indexed: true });
    expect(nameSearchPattern('50%')).toEqual({ pattern: '%50\\%%', indexed: true });
    expect(nameSearchPattern('a-')).toEqual({ pattern: '% a- %', indexed: true });
    // punctuation alone has none: a row filter
    expect(nameSearchPattern('-')).toEqual({ pattern: '%-%', indexed: false });
    expect(nameSearchPattern('--')).toEqual({ pattern: '%--%', indexed: false });
    expect(nameSearchPattern('.-.')).toEqual({ pattern: '%.-.%', indexed: false });
    expect(nameSearchPattern('   ')).toBeNull();
  });

  it('CUS-03 escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('a%b_c\\d')).toBe('a\\%b\\_c\\\\d');
  });
});
