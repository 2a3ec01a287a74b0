import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { MonthlyReportService } from './monthly-report.service';
import { ReportsController } from './reports.controller';

/** The monthly report (情况表) from the records, as JSON and as an Excel workbook. */
@Module({
  imports: [AccessModule],
  controllers: [ReportsController],
  providers: [MonthlyReportService],
})
export class ReportsModule {}
