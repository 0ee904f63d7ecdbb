import { EntityManager } from 'typeorm';
import { suggestMapping } from '../domain/import/column-mapping';
import { ImportJobEntity } from '../infrastructure/import-job.entity';
import { ImportRowErrorEntity } from '../infrastructure/import-row-error.entity';

const DEMO_FILE = '展会客户名单-示例.csv';
const HEADERS = ['客户名称', '手机', '城市', '备注'];

/**
 * One finished import in the history of the import screen (CUS-04): the trade-fair list that brought in
 * 深圳市前海云链物流有限公司, with one row refused for its mobile number, so the error report has a line.
 */
export async function seedDemoImports(em: EntityManager, tenantId: string, userId: string | null): Promise<void> {
  if (!userId || (await em.findOneBy(ImportJobEntity, { tenantId, fileName: DEMO_FILE }))) return;
  const finished = new Date();
  const job = await em.save(
    em.create(ImportJobEntity, {
      tenantId,
      createdById: userId,
      fileName: DEMO_FILE,
      // the file itself is removed once a job has finished; the report keeps the refused row's cells
      storageKey: `${tenantId}/imports/demo.csv`,
      fileSize: 231,
      headers: HEADERS,
      mapping: suggestMapping(HEADERS),
      duplicatePolicy: 'skip',
      status: 'completed',
      totalRows: 2,
      processedRows: 2,
      createdRows: 1,
      failedRows: 1,
      attempts: 1,
      startedAt: finished,
      finishedAt: finished,
    }),
  );
  await em.insert(ImportRowErrorEntity, {
    tenantId,
    jobId: job.id,
    rowNumber: 2,
    outcome: 'failed',
    problems: [{ field: 'mobile', message: '"1380013" is not a valid phone number' }],
    cells: ['宁波海天塑机有限公司', '1380013', '宁波', '展会现场登记'],
  });
}
