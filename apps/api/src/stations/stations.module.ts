import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { StationCheckIn } from './station-check-in.entity';
import { StationReport } from './station-report.entity';
import { Station } from './station.entity';
import { StationsAdminController } from './stations-admin.controller';
import { StationsAdminService } from './stations-admin.service';
import { StationsController } from './stations.controller';
import { StationsService } from './stations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Station, StationCheckIn, StationReport]), AccessModule],
  controllers: [StationsController, StationsAdminController],
  providers: [StationsService, StationsAdminService],
})
export class StationsModule {}
