/**
 * SQL true when the org whose id is `orgExpression` is the org `rootParameter` names or lies below
 * it. An org's path lists the ids from the district down, so a subtree is a prefix of paths.
 */
export function inSubtreeSql(orgExpression: string, rootParameter: string): string {
  return `EXISTS (SELECT 1 FROM orgs sub JOIN orgs root ON root.id = ${rootParameter}
    WHERE sub.id = ${orgExpression} AND (sub.path = root.path OR sub.path LIKE root.path || '/%'))`;
}
