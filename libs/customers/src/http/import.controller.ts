/// <reference types="multer" />
import { unlink } from 'node:fs/promises';
import { Body, CanActivate, Controller, Get, HttpCode, Injectable, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { AppError, requirePrincipal } from '@crm/platform';
import { ImportService, mayImport } from '../application/import/import.service';
import type { ColumnMapping, ImportTarget } from '../domain/import/column-mapping';
import type { DuplicatePolicy } from '../infrastructure/import-job.entity';

interface UploadFields {
  mapping?: string;
  duplicatePolicy?: string;
  target?: string;
}

/**
 * Refuses before the upload is read: no file of an anonymous caller, or of one who may import nothing
 * (neither customer:create nor contact:create), is spooled to disk. The service checks the target's own.
 */
@Injectable()
export class CanImportGuard implements CanActivate {
  canActivate(): boolean {
    if (!mayImport(requirePrincipal())) throw AppError.forbidden('customer:create or contact:create is needed to import');
    return true;
  }
}

/** CUS-04 over REST: the file upload and the error report download (GraphQL shows progress). */
@Controller('api/customers/imports')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  /**
   * multipart/form-data: `file` (CSV or XLSX), optional `target` (accounts | contacts; accounts when left out),
   * `mapping` (JSON: column index → field of the target) and `duplicatePolicy` (skip | update | create).
   */
  @Post()
  @UseGuards(CanImportGuard)
  @UseInterceptors(FileInterceptor('file'))
  async upload(@UploadedFile() file: Express.Multer.File | undefined, @Body() body: UploadFields) {
    try {
      if (!file) throw AppError.badField('file', 'is required (multipart field "file")');
      const { job, suggestedMapping } = await this.imports.start({
        path: file.path,
        fileName: file.originalname,
        mapping: parseMapping(body.mapping),
        duplicatePolicy: (body.duplicatePolicy?.trim().toLowerCase() || null) as DuplicatePolicy | null,
        target: (body.target ?? null) as ImportTarget | null,
      });
      return { id: job.id, status: job.status, target: job.target, duplicatePolicy: job.duplicatePolicy, headers: job.headers, mapping: job.mapping, suggestedMapping };
    } finally {
      if (file?.path) await unlink(file.path).catch(() => undefined);
    }
  }

  /** multipart/form-data `file` (CSV or XLSX) and optional `target`: headers, first rows and the suggested mapping; nothing is stored. */
  @Post('preview')
  @HttpCode(200)
  @UseGuards(CanImportGuard)
  @UseInterceptors(FileInterceptor('file'))
  async preview(@UploadedFile() file: Express.Multer.File | undefined, @Body() body: Pick<UploadFields, 'target'>) {
    try {
      if (!file) throw AppError.badField('file', 'is required (multipart field "file")');
      return await this.imports.preview({ path: file.path, fileName: file.originalname, target: (body.target ?? null) as ImportTarget | null });
    } finally {
      if (file?.path) await unlink(file.path).catch(() => undefined);
    }
  }

  @Get(':id/errors.csv')
  async errors(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const { job, csv } = await this.imports.errorReport(id);
    const name = `${job.fileName.replace(/\.(csv|xlsx)$/i, '')}-errors.csv`;
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="import-errors.csv"; filename*=UTF-8''${encodeURIComponent(name)}`);
    csv.on('error', (error) => res.destroy(error));
    csv.pipe(res);
  }
}

function parseMapping(text: string | undefined): ColumnMapping | null {
  if (!text?.trim()) return null;
  try {
    return JSON.parse(text) as ColumnMapping;
  } catch {
    throw AppError.badField('mapping', 'is not valid JSON');
  }
}
