import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MatchReasonCode } from '../domain/dedup/match-reasons';

/** One reason a stored cluster holds together: the rule, the shared value and the members sharing it. */
export interface StoredClusterReason {
  reason: MatchReasonCode;
  key: string;
  accountIds: string[];
}

/**
 * DQ-05: a cluster of suspected duplicates, computed ahead by the worker job for the whole tenant
 * (ADR 0012). The report filters its members through the caller's visibility when it reads them.
 */
@Entity({ schema: 'customers', name: 'duplicate_cluster' })
@Index('ix_duplicate_cluster_order', ['tenantId', 'size', 'id'])
export class DuplicateClusterEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  /** A one-way hash of the smallest member id when computed (`storedClusterId`): names no member. */
  @PrimaryColumn('uuid')
  id: string;

  /** Members when computed. */
  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'jsonb' })
  reasons: StoredClusterReason[];

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}

/** Which stored cluster an account belongs to (at most one). */
@Entity({ schema: 'customers', name: 'duplicate_cluster_member' })
@Index('ix_duplicate_cluster_member_cluster', ['tenantId', 'clusterId'])
export class DuplicateClusterMemberEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  accountId: string;

  @Column({ type: 'uuid' })
  clusterId: string;
}

/** The tenant's last cluster computation and the last request for one. */
@Entity({ schema: 'customers', name: 'duplicate_cluster_run' })
export class DuplicateClusterRunEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  /** When the stored clusters were computed; null before the first run. */
  @Column({ type: 'timestamptz', nullable: true })
  computedAt: Date | null;

  /** When a recompute was last asked for (by an admin, a merge or the schedule). */
  @Column({ type: 'timestamptz', nullable: true })
  requestedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  durationMs: number | null;

  @Column({ type: 'int', default: 0 })
  clusterCount: number;
}
