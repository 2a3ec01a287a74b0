import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException } from '../common/app-exception';
import type { CsvProblem } from '../common/csv';
import { rowsOf } from '../common/sql-rows';
import type { CreateEnterpriseDto } from './census.dto';
import { EnterpriseImportView } from './dto/census-views.dto';
import { readEnterpriseCsv, writeEnterpriseCsv } from './enterprise-csv';
import { Enterprise } from './enterprise.entity';
import { EnterpriseStatusChange } from './enterprise-status-change.entity';
import { CREATED_REASON, CREDIT_CODE_TAKEN_MESSAGE, EnterprisesService } from './enterprises.service';

// PostgreSQL takes at most 65,535 parameters a statement; an enterprise row binds fewer than 20.
const IMPORT_ROWS_PER_INSERT = 1000;

/** The census ledger as a CSV file: imported all or nothing, exported formula-safe. */
@Injectable()
export class EnterpriseImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enterprises: EnterprisesService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** All rows or none; a dry run checks every row the same way and writes nothing. */
  async importCsv(staff: AuthUser, text: string, dryRun = false): Promise<EnterpriseImportView> {
    await this.access.requireAccess(staff, Permission.EnterpriseCreate);
    const { enterprises, problems } = readEnterpriseCsv(text);
    const orgIdOf = await this.enterprises.townOrgIds();
    if (problems.length === 0) problems.push(...(await this.importProblems(staff, enterprises, orgIdOf)));
    if (problems.length > 0) throw new AppException(ErrorCode.CsvInvalid, `导入失败：${problems.length} 处问题，未导入任何企业`, problems);
    if (dryRun) return { imported: 0, valid: enterprises.length };
    return this.enterprises.uniqueCreditCode(() =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          enterprises.map(({ enterprise }) =>
            manager.create(Enterprise, {
              ...enterprise,
              brands: enterprise.brands ?? [],
              contactName: enterprise.contactName ?? null,
              contactPhone: enterprise.contactPhone ?? null,
              unionStatus: enterprise.unionStatus ?? 'not_established',
              orgId: orgIdOf.get(enterprise.townCode)!,
            }),
          ),
          { chunk: IMPORT_ROWS_PER_INSERT },
        );
        await manager.insert(
          EnterpriseStatusChange,
          saved.map((enterprise) => ({
            enterpriseId: enterprise.id,
            fromStatus: null,
            toStatus: enterprise.unionStatus,
            reason: CREATED_REASON,
            changedBy: staff.id,
          })),
        );
        await this.audit.recordMany(
          saved.map((enterprise) => ({
            actorUserId: staff.id,
            action: 'enterprise.import',
            entityType: 'enterprise',
            entityId: enterprise.id,
            orgId: enterprise.orgId,
            detail: { name: enterprise.name, creditCode: enterprise.creditCode },
          })),
          manager,
        );
        return { imported: saved.length, valid: saved.length };
      }),
    );
  }

  async exportCsv(staff: AuthUser): Promise<string> {
    const enterprises = await this.enterprises.inScope(staff);
    const unionIds = [...new Set(enterprises.map((enterprise) => enterprise.unionOrgId).filter((id): id is string => id !== null))];
    const unions =
      unionIds.length > 0
        ? await rowsOf<{ id: string; name: string }>(this.dataSource, `SELECT id, name FROM orgs WHERE id = ANY($1::uuid[])`, [unionIds])
        : [];
    const nameOf = new Map(unions.map((org) => [org.id, org.name]));
    return writeEnterpriseCsv(
      enterprises.map((enterprise) => Object.assign(enterprise, { unionName: enterprise.unionOrgId ? (nameOf.get(enterprise.unionOrgId) ?? null) : null })),
    );
  }

  private async importProblems(
    staff: AuthUser,
    rows: { line: number; enterprise: CreateEnterpriseDto }[],
    orgIdOf: Map<string, string>,
  ): Promise<CsvProblem[]> {
    const allowedOrgIds = await this.access.checkAccess(staff, Permission.EnterpriseCreate, new Set(rows.map((row) => orgIdOf.get(row.enterprise.townCode)!)));
    const taken = new Set(
      (
        await rowsOf<{ credit_code: string }>(this.dataSource, `SELECT credit_code FROM enterprises WHERE credit_code = ANY($1::text[])`, [
          rows.map((row) => row.enterprise.creditCode),
        ])
      ).map((row) => row.credit_code),
    );
    const problems: CsvProblem[] = [];
    for (const { line, enterprise } of rows) {
      if (!allowedOrgIds.has(orgIdOf.get(enterprise.townCode)!)) problems.push({ line, field: 'town', message: '只能导入本辖区镇（街道）的企业' });
      if (taken.has(enterprise.creditCode)) problems.push({ line, field: 'credit_code', message: CREDIT_CODE_TAKEN_MESSAGE });
    }
    return problems;
  }
}
