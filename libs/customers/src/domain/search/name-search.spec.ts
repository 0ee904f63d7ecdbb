import { escapeLike, nameSearchPart, nameSearchPattern, nameSearchText } from './name-search';

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
  it('CUS-03 keeps the name, its key and its pinyin, normalised, the same text with every character twice, and each character three times', () => {
    expect(nameSearchText('上海 宏達貿易有限公司', '上海宏达贸易', 'shanghaihongdamaoyi')).toBe(
      '上海宏達貿易有限公司 上海宏达贸易 shanghaihongdamaoyi\n上上海海宏宏達達貿貿易易有有限限公公司司  上上海海宏宏达达贸贸易易  sshhaanngghhaaiihhoonnggddaammaaooyyii\n' +
        'aaa ddd ggg hhh iii mmm nnn ooo sss yyy 上上上 公公公 司司司 宏宏宏 易易易 有有有 海海海 貿貿貿 贸贸贸 达达达 達達達 限限限',
    );
    expect(nameSearchText('ＡＣＭＥ  Globex', 'acme globex', null)).toBe('acmeglobex acmeglobex \naaccmmeegglloobbeexx  aaccmmeegglloobbeexx  \naaa bbb ccc eee ggg lll mmm ooo xxx');
    expect(nameSearchPart(' Wei  Zhang ')).toBe('weizhang');
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
    ];
    const fragments = ['宏达', '宏', '海宏达', 'hongda', 'ng', 'neer', 'ner', 'ne', 'aa', 'ab', 'ba', 'bab', 'aab', '0%', '%', 'f_c', 'mssy', 'rsy', 'ltd', 'oneersyst', 'r s', 'n', 'sss', 'ss', 'sis', 'ppi', 'iss', 'aaa', 'pp', 'p', '-', '.'];
    for (const [name, key, pinyin] of names) {
      const text = nameSearchText(name, key, pinyin);
      const parts = [name, key, pinyin].map(nameSearchPart);
      for (const fragment of fragments) {
        const found = like(nameSearchPattern(fragment)!.pattern).test(text);
        expect([name, fragment, found]).toEqual([name, fragment, parts.some((part) => part.includes(nameSearchPart(fragment)))]);
      }
    }
  });

  it('CUS-03 looks up fragments of three characters or more undoubled in the plain part, two doubled, one tripled', () => {
    expect(nameSearchPattern('meGlob')).toEqual({ pattern: '%meglob%\n%\n%', indexed: true });
    expect(nameSearchPattern('宏达')).toEqual({ pattern: '%宏宏达达%', indexed: true });
    expect(nameSearchPattern('宏')).toEqual({ pattern: '%宏宏宏%', indexed: true });
    // punctuation has no trigrams: "a.b" and "-" have none, "ab.c" has some once doubled ("aabb")
    expect(nameSearchPattern('a.b')).toEqual({ pattern: '%a.b%\n%\n%', indexed: false });
    expect(nameSearchPattern('-')).toEqual({ pattern: '%-%\n%\n%', indexed: false });
    expect(nameSearchPattern('ab.c')).toEqual({ pattern: '%aabb..cc%', indexed: true });
    expect(nameSearchPattern('50%')).toEqual({ pattern: '%5500\\%\\%%', indexed: true });
    expect(nameSearchPattern('   ')).toBeNull();
  });

  it('CUS-03 escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('a%b_c\\d')).toBe('a\\%b\\_c\\\\d');
  });
});
