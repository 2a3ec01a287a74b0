import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TOWNS } from '@kgh/shared';
import { Repository, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Org } from './org.entity';

@Injectable()
export class OrgsService {
  constructor(@InjectRepository(Org) private readonly orgs: Repository<Org>) {}

  async towns(): Promise<{ code: string; name: string; orgId: string }[]> {
    const townOrgs = await this.orgs.find({ where: { kind: 'town' } });
    const idByTown = new Map(townOrgs.map((org) => [org.townCode, org.id]));
    return TOWNS.map((town) => ({ code: town.code, name: town.name, orgId: idByTown.get(town.code)! }));
  }

  /** The orgs a staff member may see: their own org and everything below it. */
  async subtree(rootOrgId: string): Promise<Org[]> {
    const root = await this.orgs.findOneByOrFail({ id: rootOrgId });
    return this.orgs
      .createQueryBuilder('org')
      .where('org.path = :path OR org.path LIKE :prefix', { path: root.path, prefix: `${root.path}/%` })
      .orderBy('org.path')
      .getMany();
  }

  /** Narrows a query on `alias.column` (an org id) to the caller's subtree; admins see all. */
  restrictToSubtree<T extends object>(query: SelectQueryBuilder<T>, column: string, user: AuthUser): SelectQueryBuilder<T> {
    if (user.roles.includes('admin')) return query;
    return query.andWhere(
      `${column} IN (SELECT sub.id FROM orgs sub, orgs root WHERE root.id = :scopeOrgId AND (sub.path = root.path OR sub.path LIKE root.path || '/%'))`,
      { scopeOrgId: user.orgId },
    );
  }

  async isInSubtreeOf(user: AuthUser, orgId: string): Promise<boolean> {
    if (user.roles.includes('admin')) return true;
    if (!user.orgId) return false;
    const count = await this.orgs
      .createQueryBuilder('org')
      .innerJoin(Org, 'root', 'root.id = :rootId', { rootId: user.orgId })
      .where('org.id = :orgId', { orgId })
      .andWhere("(org.path = root.path OR org.path LIKE root.path || '/%')")
      .getCount();
    return count > 0;
  }


  findAll(): Promise<Org[]> {
    return this.orgs.find({ order: { path: 'ASC' } });
  }
}
