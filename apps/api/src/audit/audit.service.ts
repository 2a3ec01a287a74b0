import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  orgId?: string | null;
  detail?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Pass the transaction's manager so the audit row commits or rolls back with the change. */
  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEntry) : this.entries;
    await repository.save(repository.create({ orgId: null, detail: {}, ...entry }), { reload: false });
  }
}
