import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, TownCode } from '@kgh/shared';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AccessService, stillThere } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException } from '../common/app-exception';
import { violates } from '../common/database-errors';
import { containing } from '../common/like-pattern';
import { Page, pageOf } from '../common/page';
import { OrgsService } from '../orgs/orgs.service';
import { AdminStationReportView, AdminStationView, StationImportView } from './dto/station-views.dto';
import { CsvProblem, readStationCsv, writeStationCsv } from './station-csv';
import { StationReport } from './station-report.entity';
import { adminStationReportView, adminStationView } from './station-views';
import { Station } from './station.entity';
import { StationStatusChange } from './station-status-change.entity';
import { CreateStationDto, ListAdminStationsQuery, ListStationReportsQuery, UpdateStationDto } from './stations.dto';

const DUPLICATE_MESSAGE = '已有同名同地址的驿站';
// PostgreSQL takes at most 65,535 parameters a statement; a station row binds fewer than 20.
const IMPORT_ROWS_PER_INSERT = 1000;

/** Staff keep the stations of their own subtree: a town's staff their town's, the district all. */
@Injectable()
export class StationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Station) private readonly stations: Repository<Station>,
    @InjectRepository(StationReport) private readonly reports: Repository<StationReport>,
    private readonly orgs: OrgsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(staff: AuthUser, page: ListAdminStationsQuery): Promise<Page<AdminStationView>> {
    const query = this.inScope(staff);
    if (page.townCode) query.andWhere('station.townCode = :townCode', { townCode: page.townCode });
    if (page.kind) query.andWhere('station.kind = :kind', { kind: page.kind });
    if (page.active !== undefined) query.andWhere('station.active = :active', { active: page.active });
    if (page.q?.trim()) query.andWhere('(station.name ILIKE :text OR station.address ILIKE :text)', { text: containing(page.q.trim()) });
    const [stations, total] = await query
      .skip((page.page - 1) * page.pageSize)
      .take(page.pageSize)
      .getManyAndCount();
    return pageOf(stations.map(adminStationView), total, page);
  }

  /** The caller's stations by town and name; the id last keeps pages apart when two share both. */
  private inScope(staff: AuthUser) {
    const query = this.stations.createQueryBuilder('station').orderBy('station.townCode').addOrderBy('station.name').addOrderBy('station.id');
    return this.access.restrictToScope(query, staff, Permission.StationManage, 'station.orgId');
  }

  async create(staff: AuthUser, body: CreateStationDto): Promise<AdminStationView> {
    const orgId = await this.townOrgFor(staff, body.townCode);
    return this.saveUnique(() =>
      this.dataSource.transaction(async (manager) => {
        const station = await manager.save(manager.create(Station, { ...body, orgId, closures: body.closures ?? [] }));
        await this.record(manager, staff, 'station.create', station, { name: station.name });
        return adminStationView(station);
      }),
    );
  }

  /** One station of the caller's, active or not (the worker's page hides deactivated ones). */
  async get(staff: AuthUser, id: string): Promise<AdminStationView> {
    await this.access.requireAccess(staff, Permission.StationManage, id);
    return adminStationView(stillThere(await this.stations.findOneBy({ id }), 'station'));
  }

  async update(staff: AuthUser, id: string, body: UpdateStationDto): Promise<AdminStationView> {
    await this.access.requireAccess(staff, Permission.StationManage, id);
    const station = stillThere(await this.stations.findOneBy({ id }), 'station');
    const orgId = body.townCode && body.townCode !== station.townCode ? await this.townOrgFor(staff, body.townCode) : station.orgId;
    const before = { active: station.active, orgId: station.orgId };
    return this.saveUnique(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(manager.merge(Station, station, { ...body, orgId }));
        // The monthly report counts stations as they stood at a month's end: keep each opening, closing and move.
        if (saved.active !== before.active || saved.orgId !== before.orgId) {
          await manager.insert(StationStatusChange, {
            stationId: id,
            fromActive: before.active,
            toActive: saved.active,
            fromOrgId: before.orgId,
            toOrgId: saved.orgId,
            changedBy: staff.id,
          });
        }
        await this.record(manager, staff, 'station.update', saved, { fields: Object.keys(body) });
        return adminStationView(saved);
      }),
    );
  }

  /** Hidden from workers, kept for the records and the monthly report. */
  deactivate(staff: AuthUser, id: string): Promise<AdminStationView> {
    return this.update(staff, id, { active: false });
  }

  /** Someone from the union has seen the station as listed. */
  async markVerified(staff: AuthUser, id: string): Promise<AdminStationView> {
    await this.access.requireAccess(staff, Permission.StationManage, id);
    const station = stillThere(await this.stations.findOneBy({ id }), 'station');
    return this.dataSource.transaction(async (manager) => {
      station.lastVerifiedAt = new Date();
      const saved = await manager.save(station);
      await this.record(manager, staff, 'station.verify', saved);
      return adminStationView(saved);
    });
  }

  async listReports(staff: AuthUser, query: ListStationReportsQuery): Promise<Page<AdminStationReportView>> {
    const builder = this.reports
      .createQueryBuilder('report')
      .innerJoin(Station, 'station', 'station.id = report.stationId')
      .select(['report.id AS id', 'report.kind AS kind', 'report.note AS note', 'report.status AS status'])
      .addSelect(['report.createdAt AS "createdAt"', 'report.resolvedAt AS "resolvedAt"', 'report.resolutionNote AS "resolutionNote"'])
      .addSelect(['station.id AS "stationId"', 'station.name AS "stationName"', 'station.townCode AS "townCode"'])
      .orderBy('report.createdAt', 'DESC')
      .addOrderBy('report.id', 'DESC');
    if (query.status) builder.andWhere('report.status = :status', { status: query.status });
    this.access.restrictToScope(builder, staff, Permission.StationReportRead, 'station.orgId');
    // Raw rows (the station's name and town beside each report): offset and limit page them, a count gives the total.
    const [items, total] = await Promise.all([
      builder
        .clone()
        .offset((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .getRawMany<AdminStationReportView>(),
      builder.getCount(),
    ]);
    return pageOf(items, total, query);
  }

  async resolveReport(staff: AuthUser, reportId: string, note: string | undefined): Promise<AdminStationReportView> {
    await this.access.requireAccess(staff, Permission.StationReportResolve, reportId);
    const report = stillThere(await this.reports.findOneBy({ id: reportId }), 'stationReport');
    const station = await this.stations.findOneByOrFail({ id: report.stationId });
    return this.dataSource.transaction(async (manager) => {
      // One conditional update: of two staff resolving at once, exactly one does.
      const result = await manager
        .createQueryBuilder()
        .update(StationReport)
        .set({ status: 'resolved', resolvedBy: staff.id, resolvedAt: () => 'now()', resolutionNote: note ?? null })
        .where('id = :id AND status <> :resolved', { id: report.id, resolved: 'resolved' })
        .execute();
      if (result.affected !== 1) throw new AppException(ErrorCode.Conflict, '该反馈已处理');
      await this.audit.record(
        { actorUserId: staff.id, action: 'station.report.resolve', entityType: 'station_report', entityId: report.id, orgId: station.orgId },
        manager,
      );
      return adminStationReportView(await manager.findOneByOrFail(StationReport, { id: report.id }), station);
    });
  }

  /** All rows or none: every problem (line, field, message) is reported before anything is written. */
  /** All rows or none; a dry run checks every row the same way and writes nothing. */
  async importCsv(staff: AuthUser, text: string, dryRun = false): Promise<StationImportView> {
    await this.access.requireAccess(staff, Permission.StationCreate);
    const { stations, problems } = readStationCsv(text);
    const orgIdOf = await this.townOrgIds();
    if (problems.length === 0) problems.push(...(await this.importProblems(staff, stations, orgIdOf)));
    if (problems.length > 0) throw new AppException(ErrorCode.CsvInvalid, `导入失败：${problems.length} 处问题，未导入任何驿站`, problems);
    if (dryRun) return { imported: 0, valid: stations.length };
    return this.saveUnique(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          stations.map(({ station }) => manager.create(Station, { ...station, orgId: orgIdOf.get(station.townCode)!, closures: [] })),
          { chunk: IMPORT_ROWS_PER_INSERT },
        );
        await this.audit.recordMany(
          saved.map((station) => ({
            actorUserId: staff.id,
            action: 'station.import',
            entityType: 'station',
            entityId: station.id,
            orgId: station.orgId,
            detail: { name: station.name },
          })),
          manager,
        );
        return { imported: saved.length, valid: saved.length };
      }),
    );
  }

  async exportCsv(staff: AuthUser): Promise<string> {
    return writeStationCsv(await this.inScope(staff).getMany());
  }

  private async importProblems(staff: AuthUser, rows: { line: number; station: CreateStationDto }[], orgIdOf: Map<string, string>): Promise<CsvProblem[]> {
    const problems: CsvProblem[] = [];
    const allowedOrgIds = await this.access.checkAccess(staff, Permission.StationCreate, new Set(rows.map((row) => orgIdOf.get(row.station.townCode)!)));
    const existing = await this.stations
      .createQueryBuilder('station')
      .select(['station.name', 'station.address'])
      .where('(station.name, station.address) IN (SELECT * FROM unnest(CAST(:names AS text[]), CAST(:addresses AS text[])))', {
        names: rows.map((row) => row.station.name),
        addresses: rows.map((row) => row.station.address),
      })
      .getMany();
    const taken = new Set(existing.map((station) => `${station.name}\u0000${station.address}`));
    for (const { line, station } of rows) {
      if (!allowedOrgIds.has(orgIdOf.get(station.townCode)!)) problems.push({ line, field: 'town', message: '只能导入本辖区镇（街道）的驿站' });
      if (taken.has(`${station.name}\u0000${station.address}`)) problems.push({ line, field: 'name', message: DUPLICATE_MESSAGE });
    }
    return problems;
  }

  private async townOrgIds(): Promise<Map<string, string>> {
    return new Map((await this.orgs.towns()).map((town) => [town.code, town.orgId]));
  }

  private async townOrgFor(staff: AuthUser, townCode: TownCode): Promise<string> {
    const orgId = (await this.townOrgIds()).get(townCode)!;
    await this.access.requireAccess(staff, Permission.StationCreate, orgId);
    return orgId;
  }

  private async saveUnique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (violates(error, 'uq_stations_name_address')) throw new AppException(ErrorCode.Conflict, DUPLICATE_MESSAGE);
      throw error;
    }
  }

  private record(manager: EntityManager, staff: AuthUser, action: string, station: Station, detail: Record<string, unknown> = {}) {
    return this.audit.record({ actorUserId: staff.id, action, entityType: 'station', entityId: station.id, orgId: station.orgId, detail }, manager);
  }
}
