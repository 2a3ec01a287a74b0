import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { CsvBody } from '../common/csv-body';
import { ApiPageResponse, Page } from '../common/page';
import { AdminStationReportView, AdminStationView, StationImportView } from './dto/station-views.dto';
import { stationId } from './stations.controller';
import {
  CreateStationDto,
  ListAdminStationsQuery,
  ListStationReportsQuery,
  ResolveStationReportDto,
  StationImportQuery,
  UpdateStationDto,
} from './stations.dto';
import { StationsAdminService } from './stations-admin.service';

const CSV_IMPORT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
const reportId = new ParseUUIDPipe({ exceptionFactory: () => notFound('问题反馈') });

@ApiTags('admin: stations')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin/stations')
export class StationsAdminController {
  constructor(private readonly admin: StationsAdminService) {}

  @ApiOperation({ summary: '本辖区驿站列表' })
  @ApiPageResponse(AdminStationView)
  @Get()
  list(@CurrentUser() staff: AuthUser, @Query() query: ListAdminStationsQuery): Promise<Page<AdminStationView>> {
    return this.admin.list(staff, query);
  }

  @ApiOperation({ summary: '新建驿站' })
  @ApiCreatedResponse({ type: AdminStationView })
  @Post()
  create(@CurrentUser() staff: AuthUser, @Body() body: CreateStationDto): Promise<AdminStationView> {
    return this.admin.create(staff, body);
  }

  /** UTF-8 CSV (BOM or not) with the header name,kind,town,address,lat,lng,phone,host,amenities,hours. */
  @ApiOperation({ summary: '从CSV批量导入驿站（全部或全不）' })
  @ApiCreatedResponse({ type: StationImportView })
  @Post('import')
  @ApiConsumes('text/csv')
  @RouteConfig({ bodyLimit: CSV_IMPORT_BODY_LIMIT_BYTES })
  importCsv(@CurrentUser() staff: AuthUser, @CsvBody() body: string, @Query() query: StationImportQuery): Promise<StationImportView> {
    return this.admin.importCsv(staff, body, query.dryRun);
  }

  @ApiOperation({ summary: '导出本辖区驿站为CSV' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'UTF-8 CSV，表头与导入相同', content: { 'text/csv': { schema: { type: 'string' } } } })
  @Get('export')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="stations.csv"')
  exportCsv(@CurrentUser() staff: AuthUser): Promise<string> {
    return this.admin.exportCsv(staff);
  }

  @ApiOperation({ summary: '驿站问题反馈列表（最新在前）' })
  @ApiPageResponse(AdminStationReportView)
  @Get('reports')
  listReports(@CurrentUser() staff: AuthUser, @Query() query: ListStationReportsQuery): Promise<Page<AdminStationReportView>> {
    return this.admin.listReports(staff, query);
  }

  @ApiOperation({ summary: '标记问题反馈已处理' })
  @ApiOkResponse({ type: AdminStationReportView })
  @Post('reports/:reportId/resolve')
  @HttpCode(HttpStatus.OK)
  resolveReport(
    @CurrentUser() staff: AuthUser,
    @Param('reportId', reportId) id: string,
    @Body() body: ResolveStationReportDto,
  ): Promise<AdminStationReportView> {
    return this.admin.resolveReport(staff, id, body.note);
  }

  @ApiOperation({ summary: '驿站详情（含已停用）' })
  @ApiOkResponse({ type: AdminStationView })
  @Get(':id')
  get(@CurrentUser() staff: AuthUser, @Param('id', stationId) id: string): Promise<AdminStationView> {
    return this.admin.get(staff, id);
  }

  @ApiOperation({ summary: '修改驿站' })
  @ApiOkResponse({ type: AdminStationView })
  @Patch(':id')
  update(@CurrentUser() staff: AuthUser, @Param('id', stationId) id: string, @Body() body: UpdateStationDto): Promise<AdminStationView> {
    return this.admin.update(staff, id, body);
  }

  /** Deactivates: the station disappears for workers and stays in the records. */
  @ApiOperation({ summary: '停用驿站（保留记录）' })
  @ApiOkResponse({ type: AdminStationView })
  @Delete(':id')
  deactivate(@CurrentUser() staff: AuthUser, @Param('id', stationId) id: string): Promise<AdminStationView> {
    return this.admin.deactivate(staff, id);
  }

  @ApiOperation({ summary: '标记驿站已实地核实' })
  @ApiOkResponse({ type: AdminStationView })
  @Post(':id/verify')
  @HttpCode(HttpStatus.OK)
  markVerified(@CurrentUser() staff: AuthUser, @Param('id', stationId) id: string): Promise<AdminStationView> {
    return this.admin.markVerified(staff, id);
  }
}
