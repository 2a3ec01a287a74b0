import { EntityManager } from 'typeorm';

/** Runs one UPDATE and tells whether it changed a row (TypeORM gives UPDATEs back as [rows, affected]). */
export async function updatedRow(manager: EntityManager, sql: string, parameters: unknown[]): Promise<boolean> {
  const [, affected] = await manager.query(sql, parameters);
  return affected > 0;
}
