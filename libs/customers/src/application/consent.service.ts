import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AppError, assertCan, AuditService, OutboxService, requirePrincipal, systemPrincipal, TenantDb } from '@crm/platform';
import { consentAllows, consentsOfEveryChannel, type ConsentChannelName, type ConsentStatusName, type ContactPurpose, type RecordedConsent } from '../domain/contacts/consent';
import { ConsentEntity } from '../infrastructure/consent.entity';
import { ContactEntity } from '../infrastructure/contact.entity';
import { CONTACT_RECORD, visibleContacts } from './visible-contacts';

export interface SetConsentCommand {
  contactId: string;
  channel: ConsentChannelName;
  status: ConsentStatusName;
  /** Where the answer came from: a form, a call, an unsubscribe link, an import... */
  source?: string | null;
}

/**
 * Per-contact, per-channel consent (CUS-06). The public question other contexts ask before any
 * outbound action is `mayContact`: marketing needs an explicit "granted", service is allowed unless
 * the person said no; a denied channel is refused for everything (see ADR 0010).
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async set(command: SetConsentCommand): Promise<RecordedConsent<Date>[]> {
    const principal = requirePrincipal();
    assertCan(principal, CONTACT_RECORD, 'edit');
    return this.db.transaction(async (em) => {
      const contact = await visibleContacts(em, principal).andWhere('c.id = :id', { id: command.contactId }).setLock('pessimistic_write', undefined, ['c']).getOne();
      if (!contact) throw AppError.notFound('Contact', command.contactId, 'input.contactId');
      const before = await em.findOneBy(ConsentEntity, { contactId: contact.id, channel: command.channel });
      const source = command.source?.trim() || null;
      if (before?.status !== command.status || before.source !== source) {
        await em.upsert(ConsentEntity, { tenantId: principal.tenantId, contactId: contact.id, channel: command.channel, status: command.status, source, updatedAt: new Date() }, [
          'tenantId',
          'contactId',
          'channel',
        ]);
        const field = `consent.${command.channel}`;
        await this.audit.record(em, {
          recordType: CONTACT_RECORD,
          recordId: contact.id,
          action: 'consent',
          before: { [field]: before?.status ?? 'unknown', [`${field}.source`]: before?.source ?? null },
          after: { [field]: command.status, [`${field}.source`]: source },
        });
        if ((before?.status ?? 'unknown') !== command.status) {
          await this.outbox.publish(em, {
            type: 'customer.contact.consent_changed',
            aggregateType: 'contact',
            aggregateId: contact.id,
            payload: { contactId: contact.id, channel: command.channel, status: command.status },
          });
        }
      }
      return this.recorded(await em.find(ConsentEntity, { where: { contactId: contact.id } }));
    });
  }

  /** Every channel of each contact (already visible to the caller), explicit 'unknown' where nothing was recorded (batched). */
  async ofContacts(contactIds: readonly string[]): Promise<RecordedConsent<Date>[][]> {
    const rows = await this.db.transaction((em) => em.find(ConsentEntity, { where: { contactId: In([...contactIds]) } }));
    return contactIds.map((id) => this.recorded(rows.filter((r) => r.contactId === id)));
  }

  /**
   * CUS-06, for every context before an outbound action (a campaign send, an SMS, a call list, a visit):
   * may this channel be used to reach this person for this purpose? False for a denied channel, for an
   * unknown one when marketing, and for a contact that does not exist in the tenant. Runs as the
   * system (jobs have no user), confined to the tenant by row-level security.
   */
  async mayContact(tenantId: string, contactId: string, channel: ConsentChannelName, purpose: ContactPurpose = 'marketing'): Promise<boolean> {
    return this.db.asTenant(systemPrincipal(tenantId), async (em) => {
      const contact = await em.findOne(ContactEntity, { where: { id: contactId }, select: { id: true, mergedIntoId: true } });
      if (!contact) return false;
      const consent = await em.findOneBy(ConsentEntity, { contactId: contact.mergedIntoId ?? contact.id, channel });
      return consentAllows(consent?.status ?? 'unknown', purpose);
    });
  }

  private recorded(rows: ConsentEntity[]): RecordedConsent<Date>[] {
    return consentsOfEveryChannel(rows.map((r) => ({ channel: r.channel, status: r.status, source: r.source, updatedAt: r.updatedAt })));
  }
}
