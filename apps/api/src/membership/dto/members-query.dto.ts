import type { TownCode } from '@kgh/shared';
import { IntersectionType } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { Trimmed } from '../../common/domain-validators';
import { PageQuery } from '../../common/page.query';
import { OrgSubtreeFilter, TownCodeFilter } from './filter-fields';

/** Which members: a search and where they belong. */
export class MemberFilterQuery {
  /** A member number (whole or its beginning), an 11-digit phone number, or part of a name. */
  @IsOptional()
  @Trimmed()
  @IsString({ message: 'q 应为文字' })
  @Length(1, 50, { message: '搜索内容长度为1到50个字符' })
  q?: string;

  /** The town where the member mostly works. */
  @TownCodeFilter()
  townCode?: TownCode;

  /** The member's union, or one above it (its whole subtree). */
  @OrgSubtreeFilter()
  orgId?: string;
}

export class ListMembersQuery extends IntersectionType(PageQuery, MemberFilterQuery) {}
