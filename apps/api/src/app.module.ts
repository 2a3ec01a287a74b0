import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BenefitsModule } from './benefits/benefits.module';
import { CensusModule } from './census/census.module';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { dataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { LegalModule } from './legal/legal.module';
import { MembershipModule } from './membership/membership.module';
import { OrgsModule } from './orgs/orgs.module';
import { ReportsModule } from './reports/reports.module';
import { RetentionModule } from './retention/retention.module';
import { StationsModule } from './stations/stations.module';

@Module({})
export class AppModule {
  /** `databaseUrl` is the real server's or the embedded one's socket. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Request logs carry method, path and status only: no headers, bodies or query strings.
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.databasePoolSize)),
        JobsModule.forRoot(databaseUrl),
        AuditModule,
        OrgsModule,
        AuthModule,
        AccountsModule,
        MembershipModule,
        BenefitsModule,
        StationsModule,
        CensusModule,
        LegalModule,
        ReportsModule,
        DashboardModule,
        HealthModule,
        RetentionModule,
      ],
    };
  }
}
