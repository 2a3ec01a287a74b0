import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { CsvBody } from '../common/csv-body';
import { ApiPageResponse, Page } from '../common/page';
import {
  ChangeUnionStatusDto,
  CreateEnterpriseDto,
  EnterpriseCountsQuery,
  EnterpriseImportQuery,
  EnterpriseSearchQuery,
  ListEnterprisesQuery,
  LogVisitDto,
  SolveProblemDto,
  UpdateEnterpriseDto,
} from './census.dto';
import {
  EnterpriseCountsView,
  EnterpriseDetailView,
  EnterpriseImportView,
  EnterpriseProblemView,
  EnterpriseSearchView,
  EnterpriseView,
  EnterpriseVisitView,
} from './dto/census-views.dto';
import { EnterpriseImportService } from './enterprise-import.service';
import { EnterpriseSearchService } from './enterprise-search.service';
import { EnterprisesService } from './enterprises.service';

const CSV_IMPORT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
const enterpriseId = new ParseUUIDPipe({ exceptionFactory: () => notFound('企业') });
const problemId = new ParseUUIDPipe({ exceptionFactory: () => notFound('问题') });

@ApiTags('admin: census')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin/enterprises')
export class EnterprisesAdminController {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly csv: EnterpriseImportService,
  ) {}

  @ApiOperation({ summary: '建会普查台账（本辖区企业）' })
  @ApiPageResponse(EnterpriseView)
  @Get()
  list(@CurrentUser() staff: AuthUser, @Query() query: ListEnterprisesQuery): Promise<Page<EnterpriseView>> {
    return this.enterprises.list(staff, query);
  }

  /** Same scope and filters as the list, without its status and mode filters. */
  @ApiOperation({ summary: '台账按建会状态计数' })
  @ApiOkResponse({ type: EnterpriseCountsView })
  @Get('counts')
  counts(@CurrentUser() staff: AuthUser, @Query() query: EnterpriseCountsQuery): Promise<EnterpriseCountsView> {
    return this.enterprises.counts(staff, query);
  }

  @ApiOperation({ summary: '登记企业' })
  @ApiCreatedResponse({ type: EnterpriseDetailView })
  @Post()
  create(@CurrentUser() staff: AuthUser, @Body() body: CreateEnterpriseDto): Promise<EnterpriseDetailView> {
    return this.enterprises.create(staff, body);
  }

  /** UTF-8 CSV (BOM or not) with the header name,credit_code,industry,town,address,workers,new_form_workers,brands,contact_name,contact_phone,union_status. */
  @ApiOperation({ summary: '从CSV批量导入企业（全部或全不）' })
  @ApiCreatedResponse({ type: EnterpriseImportView })
  @Post('import')
  @ApiConsumes('text/csv')
  @RouteConfig({ bodyLimit: CSV_IMPORT_BODY_LIMIT_BYTES })
  importCsv(@CurrentUser() staff: AuthUser, @CsvBody() body: string, @Query() query: EnterpriseImportQuery): Promise<EnterpriseImportView> {
    return this.csv.importCsv(staff, body, query.dryRun);
  }

  @ApiOperation({ summary: '导出本辖区企业台账为CSV' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'UTF-8 CSV，表头与导入相同，另有建会方式、工会、ID、更新时间', content: { 'text/csv': { schema: { type: 'string' } } } })
  @Get('export')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="enterprises.csv"')
  exportCsv(@CurrentUser() staff: AuthUser): Promise<string> {
    return this.csv.exportCsv(staff);
  }

  /** With the contact's whole phone: the read is kept in the audit log. */
  @ApiOperation({ summary: '企业详情（建会时间线、走访与问题）' })
  @ApiOkResponse({ type: EnterpriseDetailView })
  @Get(':id')
  get(@CurrentUser() staff: AuthUser, @Param('id', enterpriseId) id: string): Promise<EnterpriseDetailView> {
    return this.enterprises.get(staff, id);
  }

  @ApiOperation({ summary: '修改企业信息（建会状态另行变更）' })
  @ApiOkResponse({ type: EnterpriseDetailView })
  @Patch(':id')
  update(@CurrentUser() staff: AuthUser, @Param('id', enterpriseId) id: string, @Body() body: UpdateEnterpriseDto): Promise<EnterpriseDetailView> {
    return this.enterprises.update(staff, id, body);
  }

  @ApiOperation({ summary: '变更建会状态（建会：选择方式，关联或新建基层工会）' })
  @ApiOkResponse({ type: EnterpriseDetailView })
  @Post(':id/status')
  @HttpCode(HttpStatus.OK)
  changeStatus(@CurrentUser() staff: AuthUser, @Param('id', enterpriseId) id: string, @Body() body: ChangeUnionStatusDto): Promise<EnterpriseDetailView> {
    return this.enterprises.changeStatus(staff, id, body);
  }

  @ApiOperation({ summary: '记录走访' })
  @ApiCreatedResponse({ type: EnterpriseVisitView })
  @Post(':id/visits')
  logVisit(@CurrentUser() staff: AuthUser, @Param('id', enterpriseId) id: string, @Body() body: LogVisitDto): Promise<EnterpriseVisitView> {
    return this.enterprises.logVisit(staff, id, body);
  }

  @ApiOperation({ summary: '标记走访发现的问题已解决' })
  @ApiOkResponse({ type: EnterpriseProblemView })
  @Post(':id/problems/:problemId/solve')
  @HttpCode(HttpStatus.OK)
  solveProblem(
    @CurrentUser() staff: AuthUser,
    @Param('id', enterpriseId) id: string,
    @Param('problemId', problemId) problem: string,
    @Body() body: SolveProblemDto,
  ): Promise<EnterpriseProblemView> {
    return this.enterprises.solveProblem(staff, id, problem, body);
  }
}

@ApiTags('census')
@Controller('enterprises')
export class EnterpriseSearchController {
  constructor(private readonly search: EnterpriseSearchService) {}

  /** For the join form's employer picker: at most 20, only enterprises not moved out or closed. */
  @ApiOperation({ summary: '按名称或品牌查找企业（入会表单）' })
  @ApiOkResponse({ type: EnterpriseSearchView })
  @Public()
  @Get('search')
  find(@Query() query: EnterpriseSearchQuery): Promise<EnterpriseSearchView> {
    return this.search.search(query);
  }
}
