import type { Schema } from '@kgh/api-client';
import { TreeSelect } from 'antd';
import { useCallback, useMemo } from 'react';
import { api } from '../api/client';
import { useLoad } from './use-load';

type Org = Schema<'OrgView'>;
interface OrgNode {
  value: string;
  title: string;
  children: OrgNode[];
}

/** The caller's part of the union tree, as nested options. */
function treeOf(orgs: Org[]): OrgNode[] {
  const nodes = new Map(orgs.map((org) => [org.id, { value: org.id, title: org.name, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const org of orgs) {
    const parent = org.parentId ? nodes.get(org.parentId) : undefined;
    (parent ? parent.children : roots).push(nodes.get(org.id)!);
  }
  return roots;
}

/** Picks one org of the caller's subtree (the API answers with nothing else). */
export function OrgTreeSelect(props: { value?: string; onChange?: (id: string | undefined) => void; placeholder?: string; id?: string }) {
  const { data, loading } = useLoad(useCallback(() => api.GET('/api/v1/admin/orgs', { query: { page: 1, pageSize: 100 } }), []));
  const tree = useMemo(() => treeOf(data?.items ?? []), [data]);
  return (
    <TreeSelect
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      treeData={tree}
      loading={loading}
      allowClear
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      placeholder={props.placeholder ?? '选择工会组织'}
      style={{ minWidth: 200 }}
    />
  );
}
