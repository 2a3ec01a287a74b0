import { EntityManager } from 'typeorm';
import { Org } from './org.entity';
import { ORG_TREE } from './org-tree';

/** Inserts the missing orgs of the tree; existing ones (matched by code) are left as they are. */
export async function seedOrgTree(manager: EntityManager): Promise<void> {
  const orgs = manager.getRepository(Org);
  const byCode = new Map((await orgs.find()).map((org) => [org.code, org]));
  for (const seed of ORG_TREE) {
    if (byCode.has(seed.code)) continue;
    const parent = seed.parentCode ? byCode.get(seed.parentCode)! : null;
    const org = orgs.create({
      code: seed.code,
      name: seed.name,
      kind: seed.kind,
      parentId: parent?.id ?? null,
      townCode: seed.townCode ?? null,
      coveredEmployers: seed.coveredEmployers ?? [],
      description: seed.description ?? null,
      path: '',
    });
    await orgs.save(org);
    org.path = parent ? `${parent.path}/${org.id}` : org.id;
    await orgs.update(org.id, { path: org.path });
    byCode.set(org.code, org);
  }
}
