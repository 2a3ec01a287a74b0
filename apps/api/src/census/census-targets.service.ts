import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TOWNS, TownCode } from '@kgh/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { rowsOf } from '../common/sql-rows';
import { Org } from '../orgs/org.entity';
import { SetCensusTargetDto } from './census.dto';
import { CensusTarget } from './census-target.entity';
import { CensusTargetsView, TownTargetView } from './dto/census-views.dto';

/** The first instant of a year in Asia/Shanghai, and of the next: the bounds progress is counted in. */
const yearBounds = (year: number) => [new Date(`${year}-01-01T00:00:00+08:00`), new Date(`${year + 1}-01-01T00:00:00+08:00`)] as const;

/** The towns' yearly targets, set by the district, and progress counted from the records. */
@Injectable()
export class CensusTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The caller's towns (the district: all 16), in the order of the report. */
  async targets(staff: AuthUser, year: number): Promise<CensusTargetsView> {
    const towns = await this.access
      .restrictToScope(this.dataSource.getRepository(Org).createQueryBuilder('org'), staff, Permission.CensusTargetRead, 'org.id')
      .andWhere("org.kind = 'town'")
      .getMany();
    const codes = new Set(towns.map((town) => town.townCode));
    const visible = TOWNS.filter((town) => codes.has(town.code));
    if (visible.length === 0) return { year, towns: [] };
    const townCodes = visible.map((town) => town.code);
    const [from, to] = yearBounds(year);
    const [targets, organised, enrolled] = await Promise.all([
      this.dataSource.getRepository(CensusTarget).find({ where: townCodes.map((townCode) => ({ year, townCode })) }),
      // Enterprises of the town whose timeline has them become established in the year (once each).
      rowsOf<{ town_code: string; n: number }>(
        this.dataSource,
        `SELECT e.town_code, count(DISTINCT e.id)::int AS n
           FROM enterprises e JOIN enterprise_status_changes c ON c.enterprise_id = e.id
          WHERE c.to_status = 'established' AND c.changed_at >= $1 AND c.changed_at < $2 AND e.town_code = ANY($3::text[])
          GROUP BY e.town_code`,
        [from, to, townCodes],
      ),
      // Members whose application named the town and who joined in the year.
      rowsOf<{ town_code: string; n: number }>(
        this.dataSource,
        `SELECT a.town_code, count(*)::int AS n
           FROM members m JOIN membership_applications a ON a.id = m.application_id
          WHERE m.joined_at >= $1 AND m.joined_at < $2 AND a.town_code = ANY($3::text[])
          GROUP BY a.town_code`,
        [from, to, townCodes],
      ),
    ]);
    const targetOf = new Map(targets.map((target) => [target.townCode, target]));
    const organisedIn = new Map(organised.map((row) => [row.town_code, row.n]));
    const enrolledIn = new Map(enrolled.map((row) => [row.town_code, row.n]));
    return {
      year,
      towns: visible.map((town): TownTargetView => ({
        townCode: town.code,
        townName: town.name,
        enterprisesToOrganise: targetOf.get(town.code)?.enterprisesToOrganise ?? 0,
        membersToEnrol: targetOf.get(town.code)?.membersToEnrol ?? 0,
        enterprisesOrganised: organisedIn.get(town.code) ?? 0,
        membersEnrolled: enrolledIn.get(town.code) ?? 0,
      })),
    };
  }

  /** The district admin sets one town's targets for a year; the answer is that town's row. */
  async setTarget(staff: AuthUser, year: number, townCode: TownCode, body: SetCensusTargetDto): Promise<TownTargetView> {
    await this.access.requireAccess(staff, Permission.CensusTargetSet);
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(CensusTarget, { year, townCode, ...body, updatedBy: staff.id }, ['year', 'townCode']);
      const [town] = await rowsOf<{ id: string }>(manager, `SELECT id FROM orgs WHERE kind = 'town' AND town_code = $1`, [townCode]);
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'census.target.set',
          entityType: 'census_target',
          entityId: `${year}:${townCode}`,
          orgId: town?.id ?? null,
          detail: { ...body },
        },
        manager,
      );
    });
    return (await this.targets(staff, year)).towns.find((town) => town.townCode === townCode)!;
  }
}
