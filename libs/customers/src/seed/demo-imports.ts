import { EntityManager } from 'typeorm';
import { suggestMapping } from '../domain/import/column-mapping';
import { ImportJobEntity } from '../infrastructure/import-job.entity';
import { ImportRowErrorEntity } from '../infrastructure/import-row-error.entity';

const DEMO_FILE = '展会客户名单-示例.csv';
const HEADERS = ['客户名称', '手机', '城市', '客户价值', '备注'];
const DEMO_CONTACTS_FILE = '展会联系人-示例.csv';
const CONTACT_HEADERS = ['姓名', '所属客户', '手机', '邮箱'];

/**
 * One finished import in the history of the import screen (CUS-04): the trade-fair list that brought in
 * 深圳市前海云链物流有限公司, with one row refused for its mobile number, so the error report has a line.
 * The file has a value column (CUS-07), mapped by the suggestion like the others.
 */
export async function seedDemoImports(em: EntityManager, tenantId: string, userId: string | null): Promise<void> {
  if (!userId) return;
  const finished = new Date();
  await seedDemoContactImport(em, tenantId, userId, finished);
  if (await em.findOneBy(ImportJobEntity, { tenantId, fileName: DEMO_FILE })) return;
  const job = await em.save(
    em.create(ImportJobEntity, {
      tenantId,
      createdById: userId,
      fileName: DEMO_FILE,
      // the file itself is removed once a job has finished; the report keeps the refused row's cells
      storageKey: `${tenantId}/imports/demo.csv`,
      fileSize: 262,
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
    cells: ['宁波海天塑机有限公司', '1380013', '宁波', '350000', '展会现场登记'],
  });
}

/** A contacts import in the same history: 张伟 of 上海宏达 was there already (skipped), one e-mail was refused. */
async function seedDemoContactImport(em: EntityManager, tenantId: string, userId: string, finished: Date): Promise<void> {
  if (await em.findOneBy(ImportJobEntity, { tenantId, fileName: DEMO_CONTACTS_FILE })) return;
  const job = await em.save(
    em.create(ImportJobEntity, {
      tenantId,
      createdById: userId,
      fileName: DEMO_CONTACTS_FILE,
      storageKey: `${tenantId}/imports/demo-contacts.csv`,
      fileSize: 164,
      headers: CONTACT_HEADERS,
      mapping: suggestMapping(CONTACT_HEADERS, 'contacts'),
      duplicatePolicy: 'skip',
      target: 'contacts',
      status: 'completed',
      totalRows: 2,
      processedRows: 2,
      skippedRows: 1,
      failedRows: 1,
      attempts: 1,
      startedAt: finished,
      finishedAt: finished,
    }),
  );
  await em.insert(ImportRowErrorEntity, [
    {
      tenantId,
      jobId: job.id,
      rowNumber: 1,
      outcome: 'skipped',
      problems: [{ field: 'email', message: 'duplicates existing contact "张伟" (SAME_EMAIL); skipped' }],
      cells: ['张伟', '上海宏达贸易有限公司', '13916882001', 'zhangwei@hongda.example.cn'],
    },
    {
      tenantId,
      jobId: job.id,
      rowNumber: 2,
      outcome: 'failed',
      problems: [{ field: 'email', message: '"liu.yang@hengxin" is not a valid e-mail address' }],
      cells: ['刘洋', '北京恒信科技股份有限公司', '13811112222', 'liu.yang@hengxin'],
    },
  ]);
}
