import { matchReasons } from './match-reasons';
import { companyNameKey, normalizeEmail, normalizePhone, personNameKeys } from './normalize';
import { trigramSimilarity } from './similarity';

describe('DQ-02 duplicate detection: normalisation', () => {
  it('DQ-02 strips Chinese and Latin legal suffixes and branch brackets from company names', () => {
    const key = companyNameKey('华为技术有限公司');
    expect(companyNameKey('华为技术股份有限公司')).toBe(key);
    expect(companyNameKey('華為技術有限公司')).toBe(key);
    expect(companyNameKey('华为技术（深圳）有限公司')).toBe(key);
    expect(companyNameKey('Acme Trading Co., Ltd.')).toBe(companyNameKey('ACME Trading GmbH'));
    expect(companyNameKey('Acme Trading Inc')).toBe('acmetrading');
  });

  it('DQ-02 keeps a Latin suffix that is part of a word', () => {
    expect(companyNameKey('Telco')).toBe('telco');
    expect(companyNameKey('Aco')).toBe('aco');
  });

  it('DQ-02 folds Traditional to Simplified and full-width to half-width', () => {
    expect(personNameKeys('張偉').folded).toBe(personNameKeys('张伟').folded);
    expect(companyNameKey('ＡＣＭＥ　Ｔｒａｄｉｎｇ')).toBe(companyNameKey('Acme Trading'));
  });

  it('DQ-02 normalises phone numbers to E.164 whatever their format', () => {
    expect(normalizePhone('138 0013 8000')).toBe('+8613800138000');
    expect(normalizePhone('+86-138-0013-8000')).toBe('+8613800138000');
    expect(normalizePhone('（010）8888 6666')).toBe('+861088886666');
    expect(normalizePhone('+49 30 901820', 'CN')).toBe('+4930901820');
    expect(normalizePhone('12')).toBeNull();
  });

  it('DQ-02 normalises e-mail addresses', () => {
    expect(normalizeEmail('  Li.Lei@Example.COM ')).toBe('li.lei@example.com');
  });

  it('DQ-02 gives Chinese names a pinyin key and sorts name parts', () => {
    expect(personNameKeys('张伟').pinyin).toBe('zhangwei');
    expect(personNameKeys('Wei Zhang').sortedParts).toBe(personNameKeys('Zhang Wei').sortedParts);
    expect(personNameKeys('张伟').sortedParts).toBe(personNameKeys('Wei Zhang').sortedParts);
  });

  it('DQ-02 computes trigram similarity like pg_trgm', () => {
    expect(trigramSimilarity('word', 'word')).toBe(1);
    // pg_trgm: similarity('word', 'two words') = 0.363636
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(0.3636, 3);
  });
});

describe('DQ-02 duplicate detection: reasons', () => {
  const person = (name: string, extra: Partial<{ emails: string[]; phones: string[] }> = {}) => ({ kind: 'person' as const, name, ...extra });
  const company = (name: string) => ({ kind: 'company' as const, name });
  const codes = (r: ReturnType<typeof matchReasons>) => r.reasons.map((x) => x.code);

  it('DQ-02 matches reformatted phones and differently-cased e-mails', () => {
    const r = matchReasons(person('Li Lei', { phones: ['13800138000'], emails: ['LI@x.com'] }), person('Lei Li', { phones: ['+86 138-0013-8000'], emails: ['li@x.com'] }));
    expect(codes(r)).toEqual(['SAME_EMAIL', 'SAME_PHONE', 'SWAPPED_NAME_ORDER']);
    expect(r.score).toBeGreaterThan(0.99);
  });

  it('DQ-02 matches Traditional and Simplified spellings of a person', () => {
    expect(codes(matchReasons(person('張偉'), person('张伟')))).toEqual(['SAME_NAME']);
  });

  it('DQ-02 matches a Chinese name with its pinyin in either order', () => {
    expect(codes(matchReasons(person('张伟'), person('Zhang Wei')))).toEqual(['SWAPPED_NAME_ORDER']);
    expect(codes(matchReasons(person('张伟'), person('章伟')))).toEqual(['SAME_NAME_PINYIN']);
  });

  it('DQ-02 matches company names with suffixes and typos', () => {
    expect(codes(matchReasons(company('上海宏达贸易有限公司'), company('上海宏达贸易股份有限公司')))).toEqual(['SAME_COMPANY_NAME']);
    expect(codes(matchReasons(company('Globex Industries Ltd'), company('Globx Industries GmbH')))).toEqual(['SIMILAR_NAME']);
  });

  it('DQ-02 does not match unrelated records', () => {
    const r = matchReasons(company('Initech LLC'), company('Umbrella Pharmaceuticals'));
    expect(r.reasons).toEqual([]);
    expect(r.score).toBe(0);
  });
});
