import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MonthlyReportView } from './dto/report-views.dto';
import { MonthlyReportService } from './monthly-report.service';
import { attachmentDisposition, XLSX_TYPE } from './report-workbook';
import { MonthlyReportQuery } from './reports.dto';

@ApiTags('admin: reports')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin/reports')
export class ReportsController {
  constructor(private readonly reports: MonthlyReportService) {}

  /**
   * JSON, or the Excel workbook with `?format=xlsx` or `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`
   * (the download is audited as an export). A town's staff get their town; the district every town.
   */
  @ApiOperation({ summary: '月度工作情况表（各镇街建会入会、维权、普惠、驿站、专项经费）' })
  @ApiExtraModels(MonthlyReportView)
  @ApiProduces('application/json', XLSX_TYPE)
  @ApiOkResponse({
    description: '情况表；Excel 含“情况表”“指标说明”“福利项目”三个工作表',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(MonthlyReportView) } },
      [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @Get('monthly')
  async monthly(
    @CurrentUser() staff: AuthUser,
    @Query() query: MonthlyReportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MonthlyReportView | Buffer> {
    const wantsWorkbook = query.format === 'xlsx' || (query.format === undefined && (accept ?? '').includes(XLSX_TYPE));
    if (!wantsWorkbook) return this.reports.report(staff, query.month, query.orgId);
    const workbook = await this.reports.workbook(staff, query.month, query.orgId);
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', attachmentDisposition(`monthly-report-${workbook.month}.xlsx`, workbook.fileName));
    return workbook.content;
  }
}
