import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  AppConfig,
  AppError,
  applyFilter,
  assertCan,
  AuditService,
  FileStorage,
  Page,
  PageArgs,
  paginate,
  requirePrincipal,
  SortColumn,
  tenantFileKey,
  TenantDb,
} from '@crm/platform';
import { safeContentType, safeFileName } from '../../domain/documents/file-names';
import { checkLibraryFields, LibraryFieldsInput, normalizeFolder } from '../../domain/library/library-fields';
import { MIN_DETAIL_SEARCH_LENGTH, searchText } from '../../domain/search/search-text';
import { DocumentEntity } from '../../infrastructure/document.entity';
import { LibraryDocumentEntity } from '../../infrastructure/library-document.entity';
import { escapeLike } from '../account-filter';
import { DocumentService } from '../documents/document.service';
import { storeHashed } from '../documents/store-hashed';

/** Permission record type of the shared library: `view` lists and downloads, `create`/`edit`/`delete` manage it. */
export const LIBRARY_RECORD = 'library_document';

export interface UploadLibraryDocumentCommand extends LibraryFieldsInput {
  /** The uploaded file as received (a temporary file). */
  path: string;
  fileName: string;
  contentType: string;
}

export interface LibraryFilter {
  /** Words in the title, file name, description or a tag. */
  search?: string | null;
  /** This folder only (its sub-folders too when `includeSubfolders`). '' is the top level. */
  folder?: string | null;
  includeSubfolders?: boolean | null;
  tag?: string | null;
}

export interface LibraryFolder {
  folder: string;
  documentCount: number;
}

/**
 * CUS-08: the tenant's shared document library: documents tied to no customer (product sheets, templates,
 * price lists) in folders, with tags. Whoever may view the library lists and downloads; uploading,
 * editing and deleting need their own permissions. A copy can be filed under a customer the caller may edit.
 */
@Injectable()
export class LibraryService {
  constructor(
    private readonly db: TenantDb,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly documents: DocumentService,
  ) {}

  async upload(command: UploadLibraryDocumentCommand): Promise<LibraryDocumentEntity> {
    const principal = requirePrincipal();
    assertCan(principal, LIBRARY_RECORD, 'create');
    const { value, problems } = checkLibraryFields(command);
    if (problems.length) throw AppError.validation(problems);

    const id = randomUUID();
    const storageKey = tenantFileKey(principal.tenantId, 'library', id);
    try {
      return await this.db.transaction(async (em) => {
        const { size, checksum } = await storeHashed(this.storage, storageKey, createReadStream(command.path));
        const document = await em.save(
          em.create(LibraryDocumentEntity, {
            tenantId: principal.tenantId,
            id,
            ...value,
            fileName: safeFileName(command.fileName),
            contentType: safeContentType(command.contentType),
            sizeBytes: String(size),
            checksum,
            storageKey,
            uploadedById: principal.userId ?? null,
          }),
        );
        await this.audit.record(em, { recordType: LIBRARY_RECORD, recordId: id, action: 'create', after: snapshot(document) });
        return document;
      });
    } catch (error) {
      // nothing half-saved: a refused or failed upload leaves no bytes behind
      await this.storage.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  async get(id: string, field = 'id'): Promise<LibraryDocumentEntity> {
    const principal = requirePrincipal();
    assertCan(principal, LIBRARY_RECORD, 'view');
    return this.db.transaction((em) => this.found(em, id, field));
  }

  /** The bytes of a library document; NOT_FOUND for an id of another tenant (RLS hides it). */
  async open(id: string): Promise<{ document: LibraryDocumentEntity; content: Readable }> {
    const document = await this.get(id);
    return { document, content: await this.storage.open(document.storageKey) };
  }

  async list(filter: LibraryFilter | null | undefined, orderBy: SortColumn[], args: PageArgs, withTotalCount = true): Promise<Page<LibraryDocumentEntity>> {
    const principal = requirePrincipal();
    assertCan(principal, LIBRARY_RECORD, 'view');
    return this.db.transaction((em) =>
      paginate(filteredLibrary(em, filter), { ...args, orderBy, maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE, withTotalCount }),
    );
  }

  /** Every folder that holds documents, with how many, by path. */
  async folders(): Promise<LibraryFolder[]> {
    const principal = requirePrincipal();
    assertCan(principal, LIBRARY_RECORD, 'view');
    const rows = await this.db.transaction((em) =>
      em
        .getRepository(LibraryDocumentEntity)
        .createQueryBuilder('l')
        .select('l.folder', 'folder')
        .addSelect('count(*)', 'n')
        .groupBy('l.folder')
        .orderBy('l.folder')
        .getRawMany<{ folder: string; n: string }>(),
    );
    return rows.map((r) => ({ folder: r.folder, documentCount: Number(r.n) }));
  }

  /** Every tag in use, by name. */
  async tags(): Promise<string[]> {
    const principal = requirePrincipal();
    assertCan(principal, LIBRARY_RECORD, 'view');
    const rows = await this.db.transaction((em) =>
      em.query(`SELECT DISTINCT unnest(tags) AS tag FROM customers.library_document ORDER BY 1`) as Promise<{ tag: string }[]>,
    );
    return rows.map((r) => r.tag);
  }

  /** Renames, moves or re-tags a document (the file stays); audited with what changed. */
  async update(id: string, input: LibraryFieldsInput): Promise<LibraryDocumentEntity> {
    const principal = requirePrincipal();
    assertCan(principal, LIBRARY_RECORD, 'edit');
    return this.db.transaction(async (em) => {
      const before = await this.found(em, id, 'input.id');
      const { value, problems } = checkLibraryFields(
        {
          title: input.title === undefined ? before.title : input.title,
          folder: input.folder === undefined ? before.folder : input.folder,
          tags: input.tags === undefined || input.tags === null ? before.tags : input.tags,
          description: input.description === undefined ? before.description : input.description,
        },
        'input.',
      );
      if (problems.length) throw AppError.validation(problems);
      const after = await em.save(LibraryDocumentEntity, { ...before, ...value });
      await this.audit.record(em, { recordType: LIBRARY_RECORD, recordId: id, action: 'update', before: snapshot(before), after: snapshot(after) });
      return after;
    });
  }

  /** Removes the record (audited with what it was) and, once that committed, the bytes. */
  async delete(id: string): Promise<LibraryDocumentEntity> {
    const principal = requirePrincipal();
    assertCan(principal, LIBRARY_RECORD, 'delete');
    const document = await this.db.transaction(async (em) => {
      const found = await this.found(em, id, 'input.id');
      await em.delete(LibraryDocumentEntity, { tenantId: found.tenantId, id });
      await this.audit.record(em, { recordType: LIBRARY_RECORD, recordId: id, action: 'delete', before: snapshot(found) });
      return found;
    });
    await this.storage.delete(document.storageKey).catch(() => undefined);
    return document;
  }

  /**
   * Files a copy of a library document under a customer: a customer document of its own (own bytes, own
   * checksum check), so the customer keeps what was sent even when the library's version changes or goes.
   * Needs library view and the customer documents' own rules (customer:edit on a visible customer).
   */
  async fileUnderCustomer(id: string, accountId: string, category?: string | null): Promise<DocumentEntity> {
    const source = await this.get(id, 'input.id');
    const filed = await this.documents.file({
      accountId,
      content: () => this.storage.open(source.storageKey),
      fileName: source.fileName,
      contentType: source.contentType,
      title: source.title,
      category: category ?? null,
    });
    if (filed.checksum !== source.checksum) {
      await this.documents.delete(filed.id).catch(() => undefined);
      throw AppError.conflict('The library file changed while it was copied; try again', 'input.id');
    }
    await this.db.transaction((em) =>
      this.audit.record(em, { recordType: LIBRARY_RECORD, recordId: id, action: 'file_under_customer', after: { accountId, documentId: filed.id } }),
    );
    return filed;
  }

  private async found(em: EntityManager, id: string, field: string): Promise<LibraryDocumentEntity> {
    const found = await em.findOneBy(LibraryDocumentEntity, { id });
    if (!found) throw AppError.notFound('Library document', id, field);
    return found;
  }
}

/**
 * The library's documents matching a filter (the caller's tenant's, by RLS). Each search word is looked up in
 * the search_text trigram index (two characters or more; ADR 0016) and rechecked per field with ILIKE.
 */
export function filteredLibrary(em: EntityManager, filter: LibraryFilter | null | undefined): SelectQueryBuilder<LibraryDocumentEntity> {
  const qb = em.getRepository(LibraryDocumentEntity).createQueryBuilder('l');
  const { includeSubfolders, ...rest } = filter ?? {};
  if (rest.folder !== undefined && rest.folder !== null) rest.folder = normalizeFolder(rest.folder);
  return applyFilter(qb, rest, {
    search: (q, search, a) => {
      const words = search.trim().split(/\s+/).filter(Boolean).slice(0, 8);
      words.forEach((word, i) => {
        // the trigram index finds the candidates (a word of two characters or more); ILIKE per field
        // rechecks them, as the search_text has no spaces and would also match across one
        const indexed = Array.from(word).length >= MIN_DETAIL_SEARCH_LENGTH ? `${a}.search_text LIKE :s${i} AND ` : '';
        q.andWhere(
          `(${indexed}(${a}.title ILIKE :w${i} OR ${a}.fileName ILIKE :w${i} OR ${a}.description ILIKE :w${i} OR EXISTS (SELECT 1 FROM unnest(${a}.tags) t WHERE t ILIKE :w${i})))`,
          { [`w${i}`]: `%${escapeLike(word)}%`, [`s${i}`]: `%${escapeLike(searchText(word))}%` },
        );
      });
    },
    folder: (q, folder, a) => {
      if (includeSubfolders && folder) q.andWhere(`(${a}.folder = :folder OR ${a}.folder LIKE :subfolders)`, { folder, subfolders: `${escapeLike(folder)}/%` });
      else if (!includeSubfolders) q.andWhere(`${a}.folder = :folder`, { folder });
    },
    tag: (q, tag, a) => q.andWhere(`EXISTS (SELECT 1 FROM unnest(${a}.tags) t WHERE lower(t) = lower(:tag))`, { tag: tag.trim() }),
  });
}

function snapshot(row: LibraryDocumentEntity): Record<string, unknown> {
  const { tenantId: _t, createdAt: _c, updatedAt: _u, storageKey: _k, ...rest } = row;
  return rest;
}
