import { Controller, Get, Query, Res } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { SortDirection } from '@crm/platform';
import type { ContactArchiveState } from '../application/contact-filter';
import { ContactExportService } from '../application/export/contact-export.service';
import type { ExportFormat } from '../application/export/tabular-export';
import { lowerCase as lower, sendExport, upperCase as upper } from './export-response';

const ORDER_COLUMNS = { NAME: 'displayName', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;
const yesNo = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The contacts list's filters as query parameters (enum values in either case). */
export class ExportContactsQuery {
  @IsOptional() @Transform(lower) @IsIn(['csv', 'xlsx']) format?: ExportFormat;
  @IsOptional() @IsString() @MaxLength(200) search?: string;
  @IsOptional() @IsUUID() accountId?: string;
  @IsOptional() @IsString() @MaxLength(50) tag?: string;
  @IsOptional() @Transform(yesNo) @IsIn([true, false], { message: 'hasEmail must be true or false' }) hasEmail?: boolean;
  @IsOptional() @Transform(yesNo) @IsIn([true, false], { message: 'hasPhone must be true or false' }) hasPhone?: boolean;
  @IsOptional() @Transform(lower) @IsIn(['active', 'archived', 'all']) archived?: ContactArchiveState;
  @IsOptional() @Transform(upper) @IsIn(Object.keys(ORDER_COLUMNS)) orderBy?: keyof typeof ORDER_COLUMNS;
  @IsOptional() @Transform(upper) @IsIn(['ASC', 'DESC']) direction?: SortDirection;
}

/**
 * CUS-04 export of the contacts list:
 * `GET /api/customers/contacts/export?format=csv|xlsx&search=&accountId=&tag=&hasEmail=&hasPhone=&archived=&orderBy=&direction=`.
 */
@Controller('api/customers/contacts/export')
export class ContactExportController {
  constructor(private readonly exports: ContactExportService) {}

  @Get()
  async export(@Query() query: ExportContactsQuery, @Res() res: Response): Promise<void> {
    const file = this.exports.export({
      format: query.format ?? 'csv',
      filter: {
        search: query.search || null,
        accountId: query.accountId ?? null,
        tag: query.tag || null,
        hasEmail: query.hasEmail ?? null,
        hasPhone: query.hasPhone ?? null,
        archived: query.archived ?? 'active',
      },
      orderBy: [{ column: ORDER_COLUMNS[query.orderBy ?? 'NAME'], direction: query.direction ?? SortDirection.ASC }],
    });
    await sendExport(res, file);
  }
}
