import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import dataQualityEn from '../../modules/data-quality/locales/en.json';
import dataQualityZhCN from '../../modules/data-quality/locales/zh-CN.json';

/**
 * Each feature may keep its strings next to its code (`modules/<feature>/locales/{en,zh-CN}.json`) under a
 * top-level key of its own; they are joined here. A key defined twice is a mistake, so joining throws.
 * Add a feature's pair of files to FEATURE_LOCALES.
 */
type Messages = { [key: string]: string | Messages };

const FEATURE_LOCALES: ReadonlyArray<{ en: Messages; 'zh-CN': Messages }> = [
  { en: dataQualityEn, 'zh-CN': dataQualityZhCN },
];

export function joinMessages(base: Messages, extra: Messages, path = ''): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const here = path ? `${path}.${key}` : key;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (typeof existing === 'object' && typeof value === 'object') out[key] = joinMessages(existing, value, here);
    else throw new Error(`translation key ${here} is defined twice`);
  }
  return out;
}

export const messages: { en: Messages; 'zh-CN': Messages } = {
  en: FEATURE_LOCALES.reduce<Messages>((all, f) => joinMessages(all, f.en), en),
  'zh-CN': FEATURE_LOCALES.reduce<Messages>((all, f) => joinMessages(all, f['zh-CN']), zhCN),
};
