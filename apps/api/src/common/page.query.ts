import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=&pageSize=` for every list; extend it with the list's own filters. Lists order by a unique key last, so pages never overlap. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100_000, default: 1, description: '页码，从1开始' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page 应为1到100000的整数' })
  @Min(1, { message: 'page 应为1到100000的整数' })
  @Max(100_000, { message: 'page 应为1到100000的整数' })
  page: number = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20, description: '每页条数，最多100' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize 应为1到100的整数' })
  @Min(1, { message: 'pageSize 应为1到100的整数' })
  @Max(100, { message: 'pageSize 应为1到100的整数' })
  pageSize: number = 20;
}
