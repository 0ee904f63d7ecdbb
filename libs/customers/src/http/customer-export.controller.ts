import { Controller, Get, Query, Res } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { SortDirection } from '@crm/platform';
import { CustomerExportService, type ExportFormat } from '../application/export/customer-export.service';
import type { AccountKind, LifecycleStage } from '../domain/account-types';
import { lowerCase as lower, sendExport, upperCase as upper } from './export-response';

const ORDER_COLUMNS = { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' } as const;

/** The accounts list's filters as query parameters (enum values in either case, as GraphQL spells them or lower). */
export class ExportCustomersQuery {
  @IsOptional() @Transform(lower) @IsIn(['csv', 'xlsx']) format?: ExportFormat;
  @IsOptional() @IsString() @MaxLength(200) search?: string;
  @IsOptional() @Transform(lower) @IsIn(['company', 'individual']) kind?: AccountKind;
  @IsOptional() @Transform(lower) @IsIn(['prospect', 'customer', 'inactive', 'churned', 'unknown']) stage?: LifecycleStage;
  @IsOptional() @IsString() @MaxLength(50) tag?: string;
  @IsOptional() @Transform(upper) @IsIn(Object.keys(ORDER_COLUMNS)) orderBy?: keyof typeof ORDER_COLUMNS;
  @IsOptional() @Transform(upper) @IsIn(['ASC', 'DESC']) direction?: SortDirection;
}

/** CUS-04 export of the accounts list: `GET /api/customers/export?format=csv|xlsx&search=&kind=&stage=&tag=&orderBy=&direction=`. */
@Controller('api/customers/export')
export class CustomerExportController {
  constructor(private readonly exports: CustomerExportService) {}

  @Get()
  async export(@Query() query: ExportCustomersQuery, @Res() res: Response): Promise<void> {
    const file = this.exports.export({
      format: query.format ?? 'csv',
      filter: { search: query.search || null, kind: query.kind ?? null, lifecycleStage: query.stage ?? null, tag: query.tag || null },
      orderBy: [{ column: ORDER_COLUMNS[query.orderBy ?? 'UPDATED_AT'], direction: query.direction ?? (query.orderBy ? SortDirection.ASC : SortDirection.DESC) }],
    });
    await sendExport(res, file);
  }
}
