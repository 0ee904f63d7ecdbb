import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AccountAddressService, type AddressOutcome } from '../application/account-address.service';
import { AccountAddressPayload, RemoveAccountAddressInput, SaveAccountAddressInput } from './account-address.graphql-types';
import { ChangeRequestType } from './account-changes.graphql-types';
import { AccountType, AddressType } from './account.types';

const payload = ({ account, address, changeRequest }: AddressOutcome): AccountAddressPayload => ({
  account: AccountType.from(account),
  address: address ? AddressType.from(address) : null,
  changeRequest: changeRequest ? ChangeRequestType.from(changeRequest) : null,
});

@Resolver()
export class AccountAddressResolver {
  constructor(private readonly addresses: AccountAddressService) {}

  @Mutation(() => AccountAddressPayload, { description: 'Adds or changes a customer address. A billing address change by someone without customer:admin becomes a change request (DQ-04).' })
  async saveAccountAddress(@Args('input') input: SaveAccountAddressInput): Promise<AccountAddressPayload> {
    return payload(await this.addresses.save(input));
  }

  @Mutation(() => AccountAddressPayload, { description: 'Removes a customer address; removing a billing address may need approval (DQ-04).' })
  async removeAccountAddress(@Args('input') input: RemoveAccountAddressInput): Promise<AccountAddressPayload> {
    return payload(await this.addresses.remove(input.accountId, input.id));
  }
}
