import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import {
  Body,
  CallHandler,
  CanActivate,
  Controller,
  ExecutionContext,
  Get,
  Injectable,
  NestInterceptor,
  Param,
  ParseUUIDPipe,
  PayloadTooLargeException,
  Post,
  Res,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import { AppConfig, AppError, assertCan, requirePrincipal } from '@crm/platform';
import { DocumentService } from '../application/documents/document.service';
import { CUSTOMER_RECORD } from '../application/visible-accounts';
import { attachmentDisposition } from '../domain/documents/file-names';

interface UploadFields {
  title?: string;
  category?: string;
}

/** Refuses before the upload is read: no file of an anonymous or unauthorised caller is spooled to disk. */
@Injectable()
export class CanFileDocumentGuard implements CanActivate {
  canActivate(): boolean {
    assertCan(requirePrincipal(), CUSTOMER_RECORD, 'edit');
    return true;
  }
}

/**
 * Receives the multipart field `file` into a temporary file, limited by DOCUMENT_MAX_FILE_BYTES (the
 * module-wide multer options carry the import's limit). File names are read as UTF-8, as browsers send them.
 */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly upload: ReturnType<multer.Multer['single']>;

  constructor(config: AppConfig) {
    this.upload = multer({ dest: tmpdir(), limits: { fileSize: config.DOCUMENT_MAX_FILE_BYTES, files: 1 }, defParamCharset: 'utf8' }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) => {
      this.upload(http.getRequest<Request>(), http.getResponse<Response>(), (error: unknown) => {
        if (!error) return resolve();
        if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') return reject(new PayloadTooLargeException('The file is larger than the document size limit'));
        if (error instanceof multer.MulterError) return reject(AppError.badField(error.field ?? 'file', error.message));
        reject(error);
      });
    });
    return next.handle();
  }
}

/** CUS-08 over REST: file a document under a customer, and download one. Listing and deleting are GraphQL. */
@Controller('api/customers')
export class DocumentController {
  constructor(private readonly documents: DocumentService) {}

  /** multipart/form-data: `file`, optional `title` and `category`. Answers with the filed document. */
  @Post(':accountId/documents')
  @UseGuards(CanFileDocumentGuard)
  @UseInterceptors(DocumentUploadInterceptor)
  async upload(@Param('accountId', new ParseUUIDPipe()) accountId: string, @UploadedFile() file: Express.Multer.File | undefined, @Body() body: UploadFields) {
    try {
      if (!file) throw AppError.badField('file', 'is required (multipart field "file")');
      const document = await this.documents.file({
        accountId,
        path: file.path,
        fileName: file.originalname,
        contentType: file.mimetype,
        title: body.title,
        category: body.category,
      });
      return {
        id: document.id,
        accountId: document.accountId,
        fileName: document.fileName,
        title: document.title,
        category: document.category,
        contentType: document.contentType,
        size: Number(document.sizeBytes),
        checksum: document.checksum,
        createdAt: document.createdAt,
        contentPath: `/api/customers/documents/${document.id}/content`,
      };
    } finally {
      if (file?.path) await unlink(file.path).catch(() => undefined);
    }
  }

  @Get('documents/:id/content')
  async content(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const { document, content } = await this.documents.open(id);
    res.setHeader('content-type', document.contentType);
    res.setHeader('content-length', document.sizeBytes);
    res.setHeader('content-disposition', attachmentDisposition(document.fileName));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, no-store');
    content.on('error', (error) => res.destroy(error));
    content.pipe(res);
  }
}
