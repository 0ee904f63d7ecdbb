import { MIN_DETAIL_SEARCH_LENGTH, searchFragments, searchText } from './search-text';

describe('partial-text search form of addresses and contact points (CUS-02)', () => {
  it('CUS-02 folds width and case, drops whitespace and writes every character twice', () => {
    expect(searchText('漕溪北路 88 弄')).toBe('漕漕溪溪北北路路8888弄弄');
    expect(searchText('ＺhangWei_ＨＤ')).toBe('zzhhaannggwweeii__hhdd');
    expect(searchText('Friedrich  Straße')).toBe('ffrriieeddrriicchhssttrraaßßee');
  });

  it('CUS-02 a doubled fragment occurs in a doubled text exactly where the fragment occurs in the text', () => {
    const texts = ['徐汇区漕溪北路88弄', 'aab', 'abab', 'zhangwei_hd2001', '上海上海'];
    const fragments = ['漕溪', '汇区漕', 'ab', 'ba', 'aa', 'wei_', '海上', '88弄', 'bb'];
    for (const text of texts) {
      for (const fragment of fragments) {
        expect([text, fragment, searchText(text).includes(searchText(fragment))]).toEqual([text, fragment, text.includes(fragment)]);
      }
    }
  });

  it('CUS-02 a two-character fragment has trigrams once doubled, so the trigram index serves it', () => {
    // the trigrams pg_trgm takes from inside a `%…%` pattern: every run of three characters
    const inner = (text: string) => {
      const chars = Array.from(text);
      return chars.slice(2).map((_, i) => chars.slice(i, i + 3).join(''));
    };
    expect(inner('漕溪')).toEqual([]);
    expect(inner(searchText('漕溪'))).toEqual(['漕漕溪', '漕溪溪']);
  });

  it('CUS-02 searches a fragment as typed, in Simplified and in Traditional, and a phone fragment by its digits and E.164 form', () => {
    expect(searchFragments('漕溪 北路')).toEqual(expect.arrayContaining([searchText('漕溪北路')]));
    expect(searchFragments('漕谿')).toEqual(expect.arrayContaining([searchText('漕谿'), searchText('漕溪')]));
    expect(searchFragments('广州')).toEqual(expect.arrayContaining([searchText('广州'), searchText('廣州')]));
    expect(searchFragments('1688-2001')).toEqual(expect.arrayContaining([searchText('1688-2001'), searchText('16882001')]));
    // a whole number is looked for in its E.164 form too, as contact points store it
    expect(searchFragments('021 6888 1234')).toEqual(expect.arrayContaining([searchText('02168881234'), searchText('+862168881234')]));
    expect(searchFragments('WeChat_ID')).toEqual([searchText('wechat_id')]);
  });

  it('CUS-02 a fragment shorter than two characters, or of punctuation only, searches no details', () => {
    expect(searchFragments('--_%')).toEqual([]);
    expect(searchFragments('a-')).toEqual([searchText('a-')]);
    expect(MIN_DETAIL_SEARCH_LENGTH).toBe(2);
    expect(searchFragments('路')).toEqual([]);
    expect(searchFragments('  a ')).toEqual([]);
    expect(searchFragments('')).toEqual([]);
  });
});
