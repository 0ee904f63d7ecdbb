import { unlink } from 'node:fs/promises';
import { Body, CanActivate, Controller, Get, Injectable, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, assertCan, requirePrincipal } from '@crm/platform';
import { LIBRARY_RECORD, LibraryService } from '../application/library/library.service';
import { attachmentDisposition } from '../domain/documents/file-names';
import { LibraryDocumentType } from '../graphql/library.types';
import { DocumentUploadInterceptor } from './document.controller';

interface LibraryUploadFields {
  title?: string;
  folder?: string;
  /** Comma-separated, or the field repeated. */
  tags?: string | string[];
  description?: string;
}

/** Refuses before the upload is read: no file of a caller who may not add to the library is spooled to disk. */
@Injectable()
export class CanUploadToLibraryGuard implements CanActivate {
  canActivate(): boolean {
    assertCan(requirePrincipal(), LIBRARY_RECORD, 'create');
    return true;
  }
}

/**
 * CUS-08 shared library over REST: upload (multipart `file` with `title`, optional `folder`, `tags`,
 * `description`; same size limit as customer documents) and download. Listing, editing and deleting are GraphQL.
 */
@Controller('api/library/documents')
export class LibraryController {
  constructor(private readonly library: LibraryService) {}

  @Post()
  @UseGuards(CanUploadToLibraryGuard)
  @UseInterceptors(DocumentUploadInterceptor)
  async upload(@UploadedFile() file: Express.Multer.File | undefined, @Body() body: LibraryUploadFields) {
    try {
      if (!file) throw AppError.badField('file', 'is required (multipart field "file")');
      const document = await this.library.upload({
        path: file.path,
        fileName: file.originalname,
        contentType: file.mimetype,
        title: body.title,
        folder: body.folder,
        tags: Array.isArray(body.tags) ? body.tags.join(',') : body.tags,
        description: body.description,
      });
      return LibraryDocumentType.from(document);
    } finally {
      if (file?.path) await unlink(file.path).catch(() => undefined);
    }
  }

  @Get(':id/content')
  async content(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const { document, content } = await this.library.open(id);
    res.setHeader('content-type', document.contentType);
    res.setHeader('content-length', document.sizeBytes);
    res.setHeader('content-disposition', attachmentDisposition(document.fileName));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('x-checksum-sha256', document.checksum);
    content.on('error', (error) => res.destroy(error));
    content.pipe(res);
  }
}
