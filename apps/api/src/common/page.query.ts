import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `?page=&pageSize=` for staff lists; extend it with the list's own filters. */
export class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page 应为1到100000的整数' })
  @Min(1, { message: 'page 应为1到100000的整数' })
  @Max(100_000, { message: 'page 应为1到100000的整数' })
  page: number = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize 应为1到100的整数' })
  @Min(1, { message: 'pageSize 应为1到100的整数' })
  @Max(100, { message: 'pageSize 应为1到100的整数' })
  pageSize: number = 20;
}
