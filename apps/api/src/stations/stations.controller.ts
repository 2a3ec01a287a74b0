import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ApiPageResponse, Page } from '../common/page';
import { CheckInView, NearbyStationView, StationDetailView, StationReportView } from './dto/station-views.dto';
import { NearbyStationsQuery, ReportStationDto } from './stations.dto';
import { StationsService } from './stations.service';

export const stationId = new ParseUUIDPipe({ exceptionFactory: () => notFound('驿站') });

@ApiTags('stations')
@Controller('stations')
export class StationsController {
  constructor(private readonly stations: StationsService) {}

  /** Nearest first; lat/lng of the answer are GCJ-02 whatever `coord` was. */
  @ApiOperation({ summary: '附近的驿站（由近及远）' })
  @ApiPageResponse(NearbyStationView, '最近的至多 limit 个驿站（一页；total 为返回的个数）')
  @Public()
  @Get('nearby')
  nearby(@Query() query: NearbyStationsQuery): Promise<Page<NearbyStationView>> {
    return this.stations.nearby(query);
  }

  @ApiOperation({ summary: '驿站详情' })
  @ApiOkResponse({ type: StationDetailView })
  @Public()
  @Get(':id')
  detail(@Param('id', stationId) id: string): Promise<StationDetailView> {
    return this.stations.detail(id);
  }

  @ApiBearerAuth()
  @Roles('worker')
  @ApiOperation({ summary: '驿站打卡' })
  @ApiCreatedResponse({ type: CheckInView })
  @Post(':id/check-ins')
  checkIn(@CurrentUser() user: AuthUser, @Param('id', stationId) id: string): Promise<CheckInView> {
    return this.stations.checkIn(user, id);
  }

  @ApiBearerAuth()
  @Roles('worker')
  @ApiOperation({ summary: '反馈驿站问题' })
  @ApiCreatedResponse({ type: StationReportView })
  @Post(':id/reports')
  report(@CurrentUser() user: AuthUser, @Param('id', stationId) id: string, @Body() body: ReportStationDto): Promise<StationReportView> {
    return this.stations.report(user, id, body);
  }
}
