import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  AppConfig,
  AppError,
  assertCan,
  AuditService,
  can,
  FieldProblem,
  FileStorage,
  OutboxService,
  Page,
  PageArgs,
  paginate,
  Principal,
  requirePrincipal,
  SortDirection,
  tenantFileKey,
  TenantDb,
} from '@crm/platform';
import { safeContentType, safeFileName } from '../../domain/documents/file-names';
import { AccountEntity } from '../../infrastructure/account.entity';
import { DocumentEntity } from '../../infrastructure/document.entity';
import { storeHashed } from './store-hashed';
import { CUSTOMER_RECORD, visibleAccountCondition, visibleAccounts } from '../visible-accounts';

export const DOCUMENT_RECORD = 'customer_document';

export interface FileDocumentCommand {
  accountId: string;
  /** The uploaded file as received (a temporary file), or `content`. */
  path?: string;
  /** Opens the bytes to file (e.g. a copy from the shared library); used when there is no `path`. */
  content?: () => Promise<Readable>;
  fileName: string;
  contentType: string;
  title?: string | null;
  category?: string | null;
}

/**
 * Documents filed under a customer (CUS-08): quotes sent, proposals, requirement documents. The bytes
 * live in FileStorage under the tenant's folder; visibility is the account's; filing needs the right to
 * edit customers, removing is for the uploader or a customer admin.
 */
@Injectable()
export class DocumentService {
  constructor(
    private readonly db: TenantDb,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  async file(command: FileDocumentCommand): Promise<DocumentEntity> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'edit');
    const title = command.title?.trim() || null;
    const category = command.category?.trim().toLowerCase() || null;
    const problems: FieldProblem[] = [];
    if (title && title.length > 200) problems.push({ field: 'title', message: 'must be at most 200 characters' });
    if (category && category.length > 50) problems.push({ field: 'category', message: 'must be at most 50 characters' });
    if (problems.length) throw AppError.validation(problems);

    const id = randomUUID();
    const storageKey = tenantFileKey(principal.tenantId, 'documents', id);
    try {
      return await this.db.transaction(async (em) => {
        await this.visibleAccount(em, principal, command.accountId);
        const body = command.content ? await command.content() : createReadStream(command.path ?? '');
        const { size, checksum } = await storeHashed(this.storage, storageKey, body);
        const document = await em.save(
          em.create(DocumentEntity, {
            tenantId: principal.tenantId,
            id,
            accountId: command.accountId,
            fileName: safeFileName(command.fileName),
            title,
            category,
            contentType: safeContentType(command.contentType),
            sizeBytes: String(size),
            checksum,
            storageKey,
            uploadedById: principal.userId ?? null,
          }),
        );
        await this.audit.record(em, { recordType: DOCUMENT_RECORD, recordId: id, action: 'create', after: snapshot(document) });
        await this.outbox.publish(em, {
          type: 'customer.document.filed',
          aggregateType: 'account',
          aggregateId: document.accountId,
          payload: { documentId: id, accountId: document.accountId, fileName: document.fileName, category, uploadedById: document.uploadedById },
        });
        return document;
      });
    } catch (error) {
      // nothing half-saved: a refused or failed filing leaves no bytes behind
      await this.storage.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  /** The bytes of a document the caller may see; NOT_FOUND for one they may not. */
  async open(id: string): Promise<{ document: DocumentEntity; content: Readable }> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    const document = await this.db.transaction((em) => this.visibleDocument(em, principal, id, 'id'));
    return { document, content: await this.storage.open(document.storageKey) };
  }

  async list(accountId: string, args: PageArgs): Promise<Page<DocumentEntity>> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction(async (em) => {
      await this.visibleAccount(em, principal, accountId);
      return paginate(this.visibleDocuments(em, principal).andWhere('d.accountId = :accountId', { accountId }), {
        first: args.first,
        after: args.after,
        orderBy: [{ column: 'createdAt', direction: SortDirection.DESC }],
        maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE,
      });
    });
  }

  /** Removes the record (audited with what it was) and, once that committed, the bytes. */
  async delete(id: string): Promise<DocumentEntity> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'edit');
    const document = await this.db.transaction(async (em) => {
      const found = await this.visibleDocument(em, principal, id, 'input.id');
      if (found.uploadedById !== principal.userId && !can(principal, CUSTOMER_RECORD, 'admin')) {
        throw AppError.forbidden('Only the uploader or a customer administrator may delete a document');
      }
      await em.delete(DocumentEntity, { tenantId: found.tenantId, id });
      await this.audit.record(em, { recordType: DOCUMENT_RECORD, recordId: id, action: 'delete', before: snapshot(found) });
      return found;
    });
    await this.storage.delete(document.storageKey).catch(() => undefined);
    return document;
  }

  visibleDocuments(em: EntityManager, principal: Principal): SelectQueryBuilder<DocumentEntity> {
    const visible = visibleAccountCondition(principal, 'a');
    return em
      .getRepository(DocumentEntity)
      .createQueryBuilder('d')
      .innerJoin(AccountEntity, 'a', 'a.tenantId = d.tenantId AND a.id = d.accountId')
      .where(visible.sql, visible.params);
  }

  private async visibleDocument(em: EntityManager, principal: Principal, id: string, field: string): Promise<DocumentEntity> {
    const found = await this.visibleDocuments(em, principal).andWhere('d.id = :id', { id }).getOne();
    if (!found) throw AppError.notFound('Document', id, field);
    return found;
  }

  private async visibleAccount(em: EntityManager, principal: Principal, id: string): Promise<void> {
    const account = await visibleAccounts(em, principal).andWhere('a.id = :accountId', { accountId: id }).getOne();
    if (!account) throw AppError.notFound('Customer', id, 'accountId');
  }
}

function snapshot(row: DocumentEntity): Record<string, unknown> {
  const { tenantId: _t, createdAt: _c, storageKey: _k, ...rest } = row;
  return rest;
}
