import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ContactBulkService } from '../application/contact-bulk.service';
import type { ContactEntity } from '../infrastructure/contact.entity';
import { ArchiveContactsInput, AssignContactsInput, BulkContactsPayload, RestoreContactsInput, TagContactsInput } from './contact-bulk.types';
import { ContactType } from './contact.types';

const payload = (contacts: ContactEntity[]): BulkContactsPayload => ({ contacts: contacts.map(ContactType.from) });

/** CUS-03: bulk actions of the contacts list; each is all-or-nothing, refusals name `input.contactIds.N`. */
@Resolver(() => ContactType)
export class ContactBulkResolver {
  constructor(private readonly bulk: ContactBulkService) {}

  @Mutation(() => BulkContactsPayload, { description: 'Archives people (contact:edit on each); CONTACT_ALREADY_ARCHIVED or NOT_FOUND naming the first offender, and nothing changes.' })
  async archiveContacts(@Args('input') input: ArchiveContactsInput): Promise<BulkContactsPayload> {
    return payload(await this.bulk.archive(input.contactIds));
  }

  @Mutation(() => BulkContactsPayload, { description: 'Brings archived people back; CONTACT_NOT_ARCHIVED or NOT_FOUND naming the first offender, and nothing changes.' })
  async restoreContacts(@Args('input') input: RestoreContactsInput): Promise<BulkContactsPayload> {
    return payload(await this.bulk.restore(input.contactIds));
  }

  @Mutation(() => BulkContactsPayload, { description: 'Gives people to another owner (customer:admin or the owners’ manager, ADR 0007/0019).' })
  async assignContacts(@Args('input') input: AssignContactsInput): Promise<BulkContactsPayload> {
    return payload(await this.bulk.assign(input.contactIds, input.ownerId));
  }

  @Mutation(() => BulkContactsPayload, { description: 'Adds a tag to people (contact:edit on each); NOT_FOUND naming the first person missing or hidden, and nothing changes.' })
  async tagContacts(@Args('input') input: TagContactsInput): Promise<BulkContactsPayload> {
    return payload(await this.bulk.addTag(input.contactIds, input.tag));
  }
}
