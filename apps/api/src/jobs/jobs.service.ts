import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { AppConfig } from '../config/app-config';
import { DOMAIN_EVENTS, DomainEvent, DomainEventPayloads } from './domain-events';

export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/** Does one job; a throw fails it, and pg-boss tries it again as the queue's retries say. */
export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<unknown>;

/** How often a failed job is tried again: `retryDelay` seconds, doubled each time with backoff. */
export interface Retries {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
}

const DEFAULT_RETRIES: Retries = { retryLimit: 3, retryDelay: 30, retryBackoff: true };

/** A job still running on shutdown gets this long; after it, it fails and is retried elsewhere. */
const STOP_GRACE_MS = 15_000;

/**
 * The one job runner: a pg-boss queue and scheduler in PostgreSQL, shared by every API process.
 * pg-boss creates and upgrades its own schema (`pgboss`) at start, under an advisory lock.
 * Processes with JOBS_RUN=false only publish and enqueue; the others also run schedules and work jobs.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;

  constructor(
    @Inject(JOBS_DATABASE_URL) databaseUrl: string,
    private readonly config: AppConfig,
  ) {
    const run = config.jobs.run;
    this.boss = new PgBoss({ connectionString: databaseUrl, max: 3, application_name: 'kgh-jobs', schedule: run, supervise: run });
    this.boss.on('error', (error) => this.logger.warn(`job runner: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    for (const event of DOMAIN_EVENTS) await this.defineQueue(event, DEFAULT_RETRIES);
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: STOP_GRACE_MS });
  }

  /**
   * Runs `handler` at every tick of `cron` (UTC), once per tick across all API processes: pg-boss
   * lets one process a minute look at the schedules and keeps one job per schedule and minute.
   */
  async schedule(name: string, cron: string, handler: JobHandler<object>, retries: Retries = DEFAULT_RETRIES): Promise<void> {
    await this.defineQueue(name, retries);
    if (!this.config.jobs.run) return;
    await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
    await this.work(name, handler);
  }

  /** Declares a queue of jobs and what does them; `enqueue` adds to it. */
  async handle<T extends object>(name: string, handler: JobHandler<T>, retries: Retries = DEFAULT_RETRIES): Promise<void> {
    await this.defineQueue(name, retries);
    if (this.config.jobs.run) await this.work(name, handler);
  }

  /** Adds a job to a queue declared with `handle`; returns its id. */
  async enqueue(name: string, data: object): Promise<string> {
    const id = await this.boss.send(name, data);
    if (!id) throw new Error(`no queue named ${name}: declare it with handle() first`);
    return id;
  }

  /** Handles every `event` published (see publishEvent), including those published while nothing listened. */
  async onEvent<E extends DomainEvent>(event: E, handler: JobHandler<DomainEventPayloads[E]>): Promise<void> {
    if (this.config.jobs.run) await this.work(event, handler);
  }

  // The code is the source of truth for a queue's retries, also for a queue made by an older release.
  private async defineQueue(name: string, retries: Retries): Promise<void> {
    // Copies: pg-boss writes its defaults into the options object it is given.
    await this.boss.createQueue(name, { name, ...retries });
    await this.boss.updateQueue(name, { name, ...retries });
  }

  private async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.boss.work<T>(name, async ([job]) => {
      try {
        return await handler(job.data, { id: job.id, name });
      } catch (error) {
        // pg-boss keeps the failed job (state, output) in pgboss.job; the log says which one.
        this.logger.warn(`job ${name} ${job.id} failed: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    });
  }
}
