import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { AppException } from '../common/app-exception';
import { HealthView } from './dto/health-view.dto';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 when the database answers; otherwise 503 SERVICE_UNAVAILABLE in the error shape, with Retry-After. */
  @ApiOperation({ summary: '健康检查（含数据库）' })
  @ApiOkResponse({ type: HealthView })
  @Public()
  @Get(['health', 'api/v1/health'])
  async health(): Promise<HealthView> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      // Whatever the reason SELECT 1 fails, the database does not answer: a load balancer's signal, not a crash.
      throw new AppException(ErrorCode.ServiceUnavailable, '数据库暂时不可用，请稍后再试');
    }
    return { status: 'ok', db: 'up' };
  }
}
