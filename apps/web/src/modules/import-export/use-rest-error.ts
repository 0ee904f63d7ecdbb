import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { RestError } from './rest';

/** A refused REST call in the reader's language (by code), with the server's detail naming the field. */
export function useRestErrorMessage() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof RestError)) return t('errors.NETWORK_ERROR');
      const key = `errors.${error.code}`;
      const text = i18n.exists(key) ? t(key, { seconds: 60 }) : t('errors.INTERNAL');
      if (error.code === 'VALIDATION_FAILED' || error.code === 'BAD_USER_INPUT') {
        const field = error.field && i18n.exists(`importExport.serverFields.${error.field}`) ? t(`importExport.serverFields.${error.field}`) : error.field;
        return [text, field, error.message].filter(Boolean).join(' ');
      }
      return text;
    },
    [t, i18n],
  );
}
