import { DynamicModule, Global, Module } from '@nestjs/common';
import { JOBS_DATABASE_URL, JobsService } from './jobs.service';

/** The job runner on the database TypeORM uses; global, so a feature only injects JobsService. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return { module: JobsModule, providers: [{ provide: JOBS_DATABASE_URL, useValue: databaseUrl }, JobsService], exports: [JobsService] };
  }
}
