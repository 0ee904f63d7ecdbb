import { createDataSource, RoleEntity } from '@crm/platform';
import { ALL_DATABASE_PARTS } from '../database-parts';
import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { seedDemo } from './seed';

describe('demo seed: access', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('ACC-03 the demo tenant has the built-in roles, once, however often the seed runs', async () => {
    const { tenantId } = await seedDemo(db.config);
    await seedDemo(db.config);
    const admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    try {
      const roles = await admin.getRepository(RoleEntity).find({ where: { tenantId }, order: { name: 'ASC' } });
      expect(roles.map((r) => [r.name, r.isSystem])).toEqual([
        ['Administrator', true],
        ['Sales manager', true],
        ['Sales representative', true],
      ]);
    } finally {
      await admin.destroy();
    }
  });
});
