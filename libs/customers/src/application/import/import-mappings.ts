import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@crm/platform';
import { headerSetText, mappingFits, type ColumnMapping, type ImportTarget } from '../../domain/import/column-mapping';
import { ImportMappingEntity } from '../../infrastructure/import-mapping.entity';

/**
 * The key of a header set for a target: a hash, so a sheet of many long headers still makes a short
 * primary key. The same headers imported as contacts are another key (an accounts key is the bare
 * header hash, as before targets existed), so each target remembers its own mapping.
 */
export function headerSetKey(headers: string[], target: ImportTarget = 'accounts'): string {
  const text = headerSetText(headers);
  return createHash('sha256')
    .update(target === 'accounts' ? text : `${target}\u001e${text}`)
    .digest('hex');
}

/** The mapping this tenant last confirmed for these headers and target, when it still fits them. */
export async function rememberedMapping(em: EntityManager, headers: string[], target: ImportTarget = 'accounts'): Promise<ColumnMapping | null> {
  const row = await em.findOneBy(ImportMappingEntity, { headerKey: headerSetKey(headers, target) });
  return row && mappingFits(row.mapping, headers.length, target) ? row.mapping : null;
}

/** Remembers a confirmed mapping for the tenant and target (the last one wins). */
export async function rememberMapping(em: EntityManager, principal: Principal, headers: string[], mapping: ColumnMapping, target: ImportTarget = 'accounts'): Promise<void> {
  await em.upsert(
    ImportMappingEntity,
    { tenantId: principal.tenantId, headerKey: headerSetKey(headers, target), headers, mapping, updatedById: principal.userId ?? null, updatedAt: new Date() },
    ['tenantId', 'headerKey'],
  );
}
