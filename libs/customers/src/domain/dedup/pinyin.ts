import { pinyin } from 'pinyin-pro';

/** Tone-less pinyin of the Chinese characters, other characters kept, no spaces: 宏达贸易 → hongdamaoyi. */
export function pinyinOf(text: string): string {
  return (pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[]).join('').replace(/\s+/g, '').toLowerCase();
}
