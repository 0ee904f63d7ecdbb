import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { FileStorage, tenantFileKey } from '@crm/platform';
import { LibraryDocumentEntity } from '../infrastructure/library-document.entity';

const DEMO_LIBRARY: { title: string; folder: string; tags: string[]; fileName: string; contentType: string; body: string; description?: string }[] = [
  {
    title: '产品手册 2026 Product catalogue',
    folder: 'Product sheets',
    tags: ['catalogue', '2026'],
    fileName: 'product-catalogue-2026.txt',
    contentType: 'text/plain',
    body: 'Demo product catalogue 2026: industrial pumps, valves and spare parts.\n',
    description: 'Every product line with its main figures.',
  },
  {
    title: 'Price list Q1 2026 价格表',
    folder: 'Price lists',
    tags: ['prices', '2026'],
    fileName: 'price-list-2026-q1.csv',
    contentType: 'text/csv',
    body: 'sku,name,price_cny\nP-100,Centrifugal pump,12800.00\nV-20,Gate valve,860.00\n',
  },
  {
    title: 'Quote template 报价单模板',
    folder: 'Templates',
    tags: ['quote', 'template'],
    fileName: 'quote-template.txt',
    contentType: 'text/plain',
    body: 'QUOTE\nCustomer: ____\nItems: ____\nValid until: ____\n',
  },
  {
    title: 'Framework contract template 框架合同模板',
    folder: 'Templates/Contracts',
    tags: ['contract', 'template'],
    fileName: 'framework-contract-template.txt',
    contentType: 'text/plain',
    body: 'FRAMEWORK CONTRACT\nBetween ____ and Demo Trading Co.\n',
  },
];

/** A few documents of the shared library (CUS-08); adds only those not there yet (by title). */
export async function seedDemoLibrary(em: EntityManager, tenantId: string, uploadedById: string | null, storage: FileStorage): Promise<void> {
  for (const demo of DEMO_LIBRARY) {
    if (await em.findOneBy(LibraryDocumentEntity, { tenantId, title: demo.title })) continue;
    const body = Buffer.from(demo.body, 'utf8');
    const [{ id }] = (await em.query('SELECT gen_random_uuid() AS id')) as { id: string }[];
    const storageKey = tenantFileKey(tenantId, 'library', id);
    await storage.put(storageKey, body);
    await em.insert(LibraryDocumentEntity, {
      tenantId,
      id,
      title: demo.title,
      folder: demo.folder,
      tags: demo.tags,
      description: demo.description ?? null,
      fileName: demo.fileName,
      contentType: demo.contentType,
      sizeBytes: String(body.length),
      checksum: createHash('sha256').update(body).digest('hex'),
      storageKey,
      uploadedById,
    });
  }
}
