import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { containing } from '../common/like-pattern';
import { EnterpriseSearchQuery } from './census.dto';
import { EnterpriseSearchView } from './dto/census-views.dto';
import { Enterprise } from './enterprise.entity';
import { SEARCH_LIMIT, SEARCHABLE_STATUSES } from './enterprise-search';

/** The join form's employer picker: enterprises still there, by name or brand; names that start with the text first. */
@Injectable()
export class EnterpriseSearchService {
  constructor(@InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>) {}

  async search(query: EnterpriseSearchQuery): Promise<EnterpriseSearchView> {
    const text = query.q.trim();
    const builder = this.enterprises
      .createQueryBuilder('enterprise')
      .select(['enterprise.id', 'enterprise.name', 'enterprise.brands', 'enterprise.townCode'])
      .where('enterprise.unionStatus IN (:...statuses)', { statuses: SEARCHABLE_STATUSES })
      .andWhere('(enterprise.name ILIKE :text OR EXISTS (SELECT 1 FROM unnest(enterprise.brands) brand WHERE brand ILIKE :text))', { text: containing(text) })
      .orderBy('CASE WHEN enterprise.name ILIKE :prefix THEN 0 ELSE 1 END')
      .addOrderBy('enterprise.name')
      .addOrderBy('enterprise.id')
      .setParameter('prefix', `${containing(text).slice(1)}`)
      .limit(SEARCH_LIMIT);
    if (query.townCode) builder.andWhere('enterprise.townCode = :townCode', { townCode: query.townCode });
    const items = await builder.getMany();
    return { items: items.map(({ id, name, brands, townCode }) => ({ id, name, brands, townCode })) };
  }
}
