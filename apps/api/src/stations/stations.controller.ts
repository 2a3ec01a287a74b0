import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { NearbyStationsQuery, ReportStationDto } from './stations.dto';
import { StationsService } from './stations.service';

export const stationId = new ParseUUIDPipe({ exceptionFactory: () => notFound('驿站') });

@ApiTags('stations')
@Controller('stations')
export class StationsController {
  constructor(private readonly stations: StationsService) {}

  /** Nearest first; lat/lng of the answer are GCJ-02 whatever `coord` was. */
  @Public()
  @Get('nearby')
  nearby(@Query() query: NearbyStationsQuery) {
    return this.stations.nearby(query);
  }

  @Public()
  @Get(':id')
  detail(@Param('id', stationId) id: string) {
    return this.stations.detail(id);
  }

  @ApiBearerAuth()
  @Roles('worker')
  @Post(':id/check-ins')
  checkIn(@CurrentUser() user: AuthUser, @Param('id', stationId) id: string) {
    return this.stations.checkIn(user, id);
  }

  @ApiBearerAuth()
  @Roles('worker')
  @Post(':id/reports')
  report(@CurrentUser() user: AuthUser, @Param('id', stationId) id: string, @Body() body: ReportStationDto) {
    return this.stations.report(user, id, body);
  }
}
