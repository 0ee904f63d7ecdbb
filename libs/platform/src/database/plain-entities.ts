import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

/**
 * `getRawAndEntities()` for a query over one entity with no joins: the rows' columns go through the
 * driver (and any column transformer) onto entity instances as TypeORM does, without its machinery for
 * joined rows (grouping by primary key, relation loaders, load events), which cost about as much as the
 * query itself on a 50-row page. Anything else (joins, relation ids or counts, @AfterLoad listeners,
 * subscribers) takes TypeORM's own path.
 */
export async function getRawAndPlainEntities<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>): Promise<{ entities: E[]; raw: Record<string, unknown>[] }> {
  const map = qb.expressionMap;
  const alias = map.mainAlias;
  const metadata = alias?.hasMetadata ? alias.metadata : undefined;
  const simple =
    metadata &&
    map.joinAttributes.length === 0 &&
    map.relationIdAttributes.length === 0 &&
    map.relationCountAttributes.length === 0 &&
    metadata.afterLoadListeners.length === 0 &&
    metadata.relations.length === 0 &&
    qb.connection.subscribers.length === 0;
  if (!simple || !alias) return qb.getRawAndEntities();
  const driver = qb.connection.driver;
  const columns = metadata.columns
    .filter((column) => !column.isVirtual)
    .map((column) => ({ column, key: DriverUtils.buildAlias(driver, undefined, alias.name, column.databaseName) }));
  const raw: Record<string, unknown>[] = await qb.getRawMany();
  const entities = raw.map((row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as E;
    for (const { column, key } of columns) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
  return { entities, raw };
}
