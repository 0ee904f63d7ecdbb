import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, LoaderRegistry, Loaders, mapPage } from '@crm/platform';
import { DataQualityService, type QualityField } from '../application/data-quality.service';
import type { AccountEntity } from '../infrastructure/account.entity';
import { AccountConnection, AccountType } from './account.types';
import {
  CustomerDataQualityArgs,
  CustomerDataQualityType,
  DataQualityPageArgs,
  DuplicateClusterConnection,
  DuplicateClusterRunType,
  DuplicateClusterType,
  MissingFieldArgs,
  MissingFieldCountType,
} from './data-quality.graphql-types';

/** DQ-05: each section of the report is computed only when asked for. */
@Resolver(() => CustomerDataQualityType)
export class DataQualityResolver {
  constructor(private readonly quality: DataQualityService) {}

  @Query(() => CustomerDataQualityType, { description: 'Data-quality report of the customers the caller may see: missing key facts, duplicate clusters, stale records.' })
  customerDataQuality(@Args() args: CustomerDataQualityArgs): CustomerDataQualityType {
    return Object.assign(new CustomerDataQualityType(), { staleMonths: args.staleMonths });
  }

  @ResolveField(() => Int, { description: 'Visible customers (not merged).' })
  async customerCount(): Promise<number> {
    return (await this.quality.missingCounts()).total;
  }

  @ResolveField(() => [MissingFieldCountType], { description: 'Per key fact, how many visible customers lack it.' })
  async missingFields(): Promise<MissingFieldCountType[]> {
    return (await this.quality.missingCounts()).missing;
  }

  @ResolveField(() => AccountConnection, { description: 'The customers lacking one key fact, by name.' })
  async missing(@Args() args: MissingFieldArgs): Promise<ConnectionType<AccountType>> {
    return mapPage(await this.quality.missing(args.field as QualityField, args), AccountType.from) as ConnectionType<AccountType>;
  }

  @ResolveField(() => Int)
  duplicateClusterCount(): Promise<number> {
    return this.quality.duplicateClusterCount();
  }

  @ResolveField(() => DuplicateClusterRunType, { description: 'When the clusters were computed (the worker stores them ahead; ADR 0012).' })
  duplicateClusterRun(): Promise<DuplicateClusterRunType> {
    return this.quality.clusterRun();
  }

  @Mutation(() => DuplicateClusterRunType, { description: 'Recomputes the duplicate clusters in the worker now (needs customer:admin).' })
  recomputeDuplicateClusters(): Promise<DuplicateClusterRunType> {
    return this.quality.requestRecompute();
  }

  @ResolveField(() => DuplicateClusterConnection, { description: 'Clusters of suspected duplicates with a member the caller may see, largest first.' })
  async duplicateClusters(@Args() args: DataQualityPageArgs): Promise<ConnectionType<DuplicateClusterType>> {
    const page = await this.quality.duplicateClusters(args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: Object.assign(new DuplicateClusterType(), {
          id: node.id,
          size: node.size,
          accountIds: node.accountIds,
          hiddenCount: node.hiddenCount,
          reasons: node.reasons.map((r) => ({ code: r.reason, key: r.key })),
        }),
      })),
    } as ConnectionType<DuplicateClusterType>;
  }

  @ResolveField(() => Int, { description: 'Customers with neither an update nor an interaction for staleMonths months.' })
  staleCount(@Parent() report: CustomerDataQualityType): Promise<number> {
    return this.quality.staleCount(report.staleMonths);
  }

  @ResolveField(() => AccountConnection, { description: 'Those customers, the longest untouched first.' })
  async stale(@Parent() report: CustomerDataQualityType, @Args() args: DataQualityPageArgs): Promise<ConnectionType<AccountType>> {
    return mapPage(await this.quality.stale(report.staleMonths, args), AccountType.from) as ConnectionType<AccountType>;
  }
}

/** The members of a cluster, loaded for all clusters of a page at once. */
@Resolver(() => DuplicateClusterType)
export class DuplicateClusterResolver {
  constructor(private readonly quality: DataQualityService) {}

  @ResolveField(() => [AccountType], { description: 'The customers of the cluster, by name.' })
  async accounts(@Parent() cluster: DuplicateClusterType, @Loaders() loaders: LoaderRegistry): Promise<AccountType[]> {
    const loader = loaders.get<string, AccountEntity | undefined>('customers.dataQuality.accountById', async (ids) => {
      const found = new Map((await this.quality.accountsByIds(ids)).map((a) => [a.id, a]));
      return ids.map((id) => found.get(id));
    });
    const rows = await loader.loadMany(cluster.accountIds);
    return rows
      .filter((a): a is AccountEntity => !!a && !(a instanceof Error))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(AccountType.from);
  }
}
