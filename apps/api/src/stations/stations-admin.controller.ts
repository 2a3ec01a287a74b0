import { Body, Controller, Delete, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { CsvBody } from '../common/csv-body';
import { stationId } from './stations.controller';
import { CreateStationDto, ListStationReportsQuery, ResolveStationReportDto, UpdateStationDto } from './stations.dto';
import { StationsAdminService } from './stations-admin.service';

const CSV_IMPORT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
const reportId = new ParseUUIDPipe({ exceptionFactory: () => notFound('问题反馈') });

@ApiTags('admin: stations')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin/stations')
export class StationsAdminController {
  constructor(private readonly admin: StationsAdminService) {}

  @Get()
  list(@CurrentUser() staff: AuthUser) {
    return this.admin.list(staff).then((items) => ({ items }));
  }

  @Post()
  create(@CurrentUser() staff: AuthUser, @Body() body: CreateStationDto) {
    return this.admin.create(staff, body);
  }

  /** UTF-8 CSV (BOM or not) with the header name,kind,town,address,lat,lng,phone,host,amenities,hours. */
  @Post('import')
  @ApiConsumes('text/csv')
  @RouteConfig({ bodyLimit: CSV_IMPORT_BODY_LIMIT_BYTES })
  importCsv(@CurrentUser() staff: AuthUser, @CsvBody() body: string) {
    return this.admin.importCsv(staff, body);
  }

  @Get('export')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="stations.csv"')
  exportCsv(@CurrentUser() staff: AuthUser) {
    return this.admin.exportCsv(staff);
  }

  @Get('reports')
  listReports(@CurrentUser() staff: AuthUser, @Query() query: ListStationReportsQuery) {
    return this.admin.listReports(staff, query);
  }

  @Post('reports/:reportId/resolve')
  @HttpCode(HttpStatus.OK)
  resolveReport(@CurrentUser() staff: AuthUser, @Param('reportId', reportId) id: string, @Body() body: ResolveStationReportDto) {
    return this.admin.resolveReport(staff, id, body.note);
  }

  @Patch(':id')
  update(@CurrentUser() staff: AuthUser, @Param('id', stationId) id: string, @Body() body: UpdateStationDto) {
    return this.admin.update(staff, id, body);
  }

  /** Deactivates: the station disappears for workers and stays in the records. */
  @Delete(':id')
  deactivate(@CurrentUser() staff: AuthUser, @Param('id', stationId) id: string) {
    return this.admin.deactivate(staff, id);
  }

  @Post(':id/verify')
  @HttpCode(HttpStatus.OK)
  markVerified(@CurrentUser() staff: AuthUser, @Param('id', stationId) id: string) {
    return this.admin.markVerified(staff, id);
  }
}
