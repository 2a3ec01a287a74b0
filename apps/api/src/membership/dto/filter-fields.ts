import { applyDecorators } from '@nestjs/common';
import { TOWN_CODES } from '@kgh/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ENUM } from '../../openapi/enums';

/** An optional `townCode` filter: one of the district's towns. */
export function TownCodeFilter(): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional(ENUM.TownCode), IsOptional(), IsIn(TOWN_CODES, { message: 'townCode 不是柯桥区的镇（街道）代码' }));
}

/** An optional `orgId` filter: an org whose whole subtree is meant. */
export function OrgSubtreeFilter(): PropertyDecorator {
  return applyDecorators(IsOptional(), IsUUID('all', { message: 'orgId 应为工会组织的ID' }));
}
