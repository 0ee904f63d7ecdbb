import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@crm/platform';
import { headerSetText, mappingFits, type ColumnMapping } from '../../domain/import/column-mapping';
import { ImportMappingEntity } from '../../infrastructure/import-mapping.entity';

/** The key of a header set: a hash, so a sheet of many long headers still makes a short primary key. */
export function headerSetKey(headers: string[]): string {
  return createHash('sha256').update(headerSetText(headers)).digest('hex');
}

/** The mapping this tenant last confirmed for these headers, when it still fits them. */
export async function rememberedMapping(em: EntityManager, headers: string[]): Promise<ColumnMapping | null> {
  const row = await em.findOneBy(ImportMappingEntity, { headerKey: headerSetKey(headers) });
  return row && mappingFits(row.mapping, headers.length) ? row.mapping : null;
}

/** Remembers a confirmed mapping for the tenant (the last one wins). */
export async function rememberMapping(em: EntityManager, principal: Principal, headers: string[], mapping: ColumnMapping): Promise<void> {
  await em.upsert(
    ImportMappingEntity,
    { tenantId: principal.tenantId, headerKey: headerSetKey(headers), headers, mapping, updatedById: principal.userId ?? null, updatedAt: new Date() },
    ['tenantId', 'headerKey'],
  );
}
