import { useMutation } from '@apollo/client';
import { App, Flex, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentChannel, ConsentStatus, ContactCardFieldsFragment } from '../../gql/graphql';
import { useErrorMessage } from '../../shared/lib/use-server-errors';
import { CONSENT_CHANNELS } from './contact-input';
import { SetContactConsentMutation } from './operations';

const STATUSES: readonly ConsentStatus[] = ['GRANTED', 'UNKNOWN', 'DENIED'];
export const CONSENT_COLORS: Record<ConsentStatus, string> = { GRANTED: 'green', DENIED: 'red', UNKNOWN: 'default' };

/** One switch per channel (yes / not asked / no); each change is recorded at once with the source typed above (CUS-06). */
export function ConsentModal({ contact, onClose }: { contact: ContactCardFieldsFragment | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [source, setSource] = useState('');
  const [setConsent, { loading }] = useMutation(SetContactConsentMutation);
  const status = (channel: ConsentChannel) => contact?.consents.find((c) => c.channel === channel)?.status ?? 'UNKNOWN';

  const change = async (channel: ConsentChannel, next: ConsentStatus) => {
    if (!contact) return;
    try {
      await setConsent({ variables: { input: { contactId: contact.id, channel, status: next, source: source.trim() || null } } });
      void message.success(t('contacts.consent.saved'));
    } catch (error) {
      void message.error(describe(error));
    }
  };

  return (
    <Modal open={Boolean(contact)} onCancel={onClose} footer={null} title={contact ? t('contacts.consent.title', { name: contact.displayName }) : ''} destroyOnClose>
      <Typography.Paragraph type="secondary">{t('contacts.consent.hint')}</Typography.Paragraph>
      <Input
        value={source}
        onChange={(e) => setSource(e.target.value)}
        addonBefore={t('contacts.consent.source')}
        placeholder={t('contacts.consent.sourcePlaceholder')}
        maxLength={100}
        style={{ marginBottom: 16 }}
        data-testid="consent-source"
      />
      <Flex vertical gap={8}>
        {CONSENT_CHANNELS.map((channel) => (
          <Flex key={channel} justify="space-between" align="center" gap={8} wrap>
            <Typography.Text>{t(`contacts.consent.channels.${channel}`)}</Typography.Text>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              size="small"
              disabled={loading}
              value={status(channel)}
              onChange={(e) => void change(channel, e.target.value as ConsentStatus)}
              options={STATUSES.map((s) => ({ value: s, label: t(`contacts.consent.statuses.${s}`) }))}
              data-testid={`consent-${channel}`}
            />
          </Flex>
        ))}
      </Flex>
    </Modal>
  );
}
