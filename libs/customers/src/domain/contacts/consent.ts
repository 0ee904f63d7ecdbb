export const CONSENT_CHANNELS = ['phone', 'email', 'sms', 'wechat', 'mail', 'visit'] as const;
export type ConsentChannelName = (typeof CONSENT_CHANNELS)[number];
export type ConsentStatusName = 'granted' | 'denied' | 'unknown';

/**
 * Why the business wants to reach the person. Marketing (unsolicited: campaigns, mass e-mail/SMS,
 * cold calls) needs an explicit "granted"; service (answering their own request, a repair visit,
 * an order notice) is allowed unless the person said no.
 */
export type ContactPurpose = 'marketing' | 'service';

/** CUS-06: whether one channel may be used for a purpose, given the recorded answer ('unknown' when none was recorded). */
export function consentAllows(status: ConsentStatusName, purpose: ContactPurpose): boolean {
  if (status === 'denied') return false;
  return purpose === 'service' || status === 'granted';
}

export interface RecordedConsent<D> {
  channel: string;
  status: ConsentStatusName;
  source: string | null;
  updatedAt: D | null;
}

/** Every channel in a fixed order, with an explicit 'unknown' where nothing was recorded (DQ-05). */
export function consentsOfEveryChannel<D>(recorded: RecordedConsent<D>[]): RecordedConsent<D>[] {
  const byChannel = new Map(recorded.map((r) => [r.channel, r]));
  return CONSENT_CHANNELS.map((channel) => byChannel.get(channel) ?? { channel, status: 'unknown', source: null, updatedAt: null });
}
