import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TOWNS } from '@kgh/shared';
import { Repository } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import type { AuthUser } from '../auth/auth-user';
import { TownView } from './dto/org-views.dto';
import { Org } from './org.entity';

@Injectable()
export class OrgsService {
  constructor(
    @InjectRepository(Org) private readonly orgs: Repository<Org>,
    private readonly access: AccessService,
  ) {}

  async towns(): Promise<TownView[]> {
    const townOrgs = await this.orgs.find({ where: { kind: 'town' } });
    const idByTown = new Map(townOrgs.map((org) => [org.townCode, org.id]));
    return TOWNS.map((town) => ({ code: town.code, name: town.name, orgId: idByTown.get(town.code)! }));
  }

  /** The part of the tree the caller may see (their org and everything below it), ordered by path. */
  visibleTo(user: AuthUser): Promise<Org[]> {
    const query = this.orgs.createQueryBuilder('org').orderBy('org.path');
    return this.access.restrictToScope(query, user, Permission.OrgRead, 'org.id').getMany();
  }
}
