import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ErrorCode, TOWN_CODES, TownCode } from '@kgh/shared';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AppException } from '../common/app-exception';
import { ENUM } from '../openapi/enums';
import { CensusTargetsQuery, SetCensusTargetDto } from './census.dto';
import { CensusTargetsService } from './census-targets.service';
import { CensusTargetsView, TownTargetView } from './dto/census-views.dto';
import { shanghaiYear } from './problem-age';

const YEAR_MESSAGE = 'year 应为2000到2100的年份';
const badPath = (field: string, message: string) => new AppException(ErrorCode.ValidationFailed, message, [{ field, message }]);
const year = new ParseIntPipe({ exceptionFactory: () => badPath('year', YEAR_MESSAGE) });

@ApiTags('admin: census')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin/census/targets')
export class CensusTargetsController {
  constructor(private readonly targets: CensusTargetsService) {}

  /** Each of the caller's towns: the year's targets and the progress counted from the records. */
  @ApiOperation({ summary: '各镇街年度建会入会目标与进度' })
  @ApiOkResponse({ type: CensusTargetsView })
  @Get()
  list(@CurrentUser() staff: AuthUser, @Query() query: CensusTargetsQuery): Promise<CensusTargetsView> {
    return this.targets.targets(staff, query.year ?? shanghaiYear());
  }

  @ApiOperation({ summary: '设定一个镇街的年度目标（区总工会）' })
  @ApiParam({ name: 'townCode', ...ENUM.TownCode })
  @ApiOkResponse({ type: TownTargetView })
  @Put(':year/:townCode')
  set(
    @CurrentUser() staff: AuthUser,
    @Param('year', year) targetYear: number,
    @Param('townCode') townCode: string,
    @Body() body: SetCensusTargetDto,
  ): Promise<TownTargetView> {
    if (targetYear < 2000 || targetYear > 2100) throw badPath('year', YEAR_MESSAGE);
    if (!(TOWN_CODES as string[]).includes(townCode)) throw badPath('townCode', 'townCode 不是柯桥区的镇（街道）代码');
    return this.targets.setTarget(staff, targetYear, townCode as TownCode, body);
  }
}
