import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';

export const REPORT_FORMATS = ['json', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class MonthlyReportQuery {
  /**
   * YYYY-MM, Beijing time, from 2020-01 to this month; default last month. Anything else answers
   * 400 REPORT_MONTH_INVALID (checked by the report, so that the code is the report's own).
   */
  @ApiPropertyOptional({ type: 'string', example: '2026-11', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })
  @IsOptional()
  month?: unknown;

  /** One union within the caller's reach (the district, a town federation, a base-level union); 404 outside it. Default: the caller's. */
  @IsOptional()
  @IsString({ message: 'orgId 应为工会组织的 ID' })
  orgId?: string;

  /** xlsx: the Excel workbook, as with `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`. */
  @ApiPropertyOptional({ enum: REPORT_FORMATS, enumName: 'ReportFormat' })
  @IsOptional()
  @IsIn(REPORT_FORMATS, { message: 'format 只能是 json 或 xlsx' })
  format?: ReportFormat;
}
