import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrors, serverErrors, toFormFields } from './graphql-errors';

/** Codes whose server message names the actual obstacle (e.g. "the unit still has 3 members"), shown after ours. */
const DETAILED_CODES = new Set(['CONFLICT', 'VALIDATION_FAILED']);

/** People read errors in their language, chosen by `extensions.code`; an unknown code shows the server's message. */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      const code = errorCode(error);
      if (!code) return '';
      const first = serverErrors(error)[0];
      const key = `errors.${code}`;
      if (!i18n.exists(key)) return first?.message || t('errors.INTERNAL');
      const text = t(key, { seconds: first?.retryAfterSeconds ?? 60 });
      return first && DETAILED_CODES.has(code) && first.message ? `${text} ${first.message}` : text;
    },
    [t, i18n],
  );
}

/**
 * Shows a failed mutation where the user looks: each field error next to its input (translated by
 * code when we know it, else the server's words), anything else as a message.
 */
export function useFormErrors(form: FormInstance, knownFields: readonly string[]) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  return useCallback(
    (error: unknown) => {
      const byField = fieldErrors(error, knownFields);
      const first = serverErrors(error)[0];
      if (Object.keys(byField).length === 0) {
        void message.error(describe(error));
        return;
      }
      const single = first && first.problems.length === 0 ? first : undefined;
      const fields = toFormFields(byField).map((f) =>
        single && i18n.exists(`fieldErrors.${single.code}`) ? { ...f, errors: [t(`fieldErrors.${single.code}`)] } : f,
      );
      form.setFields(fields);
    },
    [form, knownFields, message, describe, t, i18n],
  );
}
