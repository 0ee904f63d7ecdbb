import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import contactsEn from '../../modules/contacts/locales/en.json';
import contactsZhCN from '../../modules/contacts/locales/zh-CN.json';
import importExportEn from '../../modules/import-export/locales/en.json';
import importExportZhCN from '../../modules/import-export/locales/zh-CN.json';
import ownershipEn from '../../modules/ownership/locales/en.json';
import ownershipZhCN from '../../modules/ownership/locales/zh-CN.json';
import savedViewsEn from '../../modules/saved-views/locales/en.json';
import savedViewsZhCN from '../../modules/saved-views/locales/zh-CN.json';
import timelineEn from '../../modules/timeline/locales/en.json';
import timelineZhCN from '../../modules/timeline/locales/zh-CN.json';
import documentsEn from '../../modules/documents/locales/en.json';
import documentsZhCN from '../../modules/documents/locales/zh-CN.json';
import dataQualityEn from '../../modules/data-quality/locales/en.json';
import dataQualityZhCN from '../../modules/data-quality/locales/zh-CN.json';
import contactListEn from '../../modules/contact-list/locales/en.json';
import contactListZhCN from '../../modules/contact-list/locales/zh-CN.json';
import contactMergeEn from '../../modules/contact-merge/locales/en.json';
import contactMergeZhCN from '../../modules/contact-merge/locales/zh-CN.json';
import libraryEn from '../../modules/library/locales/en.json';
import libraryZhCN from '../../modules/library/locales/zh-CN.json';
import customerSettingsEn from '../../modules/customer-settings/locales/en.json';
import customerSettingsZhCN from '../../modules/customer-settings/locales/zh-CN.json';
import customersEn from '../../modules/customers/locales/en.json';
import customersZhCN from '../../modules/customers/locales/zh-CN.json';

/**
 * Each feature may keep its strings next to its code (`modules/<feature>/locales/{en,zh-CN}.json`) under a
 * top-level key of its own; they are joined here. A key defined twice is a mistake, so joining throws.
 * Add a feature's pair of files to FEATURE_LOCALES.
 */
type Messages = { [key: string]: string | Messages };

const FEATURE_LOCALES: ReadonlyArray<{ en: Messages; 'zh-CN': Messages }> = [
  { en: contactsEn, 'zh-CN': contactsZhCN },
  { en: importExportEn, 'zh-CN': importExportZhCN },
  { en: ownershipEn, 'zh-CN': ownershipZhCN },
  { en: savedViewsEn, 'zh-CN': savedViewsZhCN },
  { en: timelineEn, 'zh-CN': timelineZhCN },
  { en: documentsEn, 'zh-CN': documentsZhCN },
  { en: dataQualityEn, 'zh-CN': dataQualityZhCN },
  { en: contactListEn, 'zh-CN': contactListZhCN },
  { en: contactMergeEn, 'zh-CN': contactMergeZhCN },
  { en: libraryEn, 'zh-CN': libraryZhCN },
  { en: customerSettingsEn, 'zh-CN': customerSettingsZhCN },
  { en: customersEn, 'zh-CN': customersZhCN },
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
