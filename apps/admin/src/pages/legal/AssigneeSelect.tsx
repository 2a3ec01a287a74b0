import { useCallback } from 'react';
import { api } from '../../api/client';
import { FormSelect } from '../../components/FormSelect';
import { nameOf, ROLE_NAMES } from '../../components/labels';
import { useLoad } from '../../components/use-load';

/** A mediator or staff account the caller may hand a case to (the API lists only those). */
export function AssigneeSelect(props: { id?: string; value?: string; onChange?: (id: string | undefined) => void; placeholder?: string }) {
  const { data, loading } = useLoad(useCallback(() => api.GET('/api/v1/admin/legal/assignees'), []));
  return (
    <FormSelect
      {...props}
      allowClear
      showSearch
      optionFilterProp="label"
      loading={loading}
      placeholder={props.placeholder ?? '选择调解员或工作人员'}
      options={data?.items.map((a) => ({ value: a.id, label: `${a.displayName} · ${nameOf(ROLE_NAMES, a.role)} · ${a.org.name}` }))}
      style={{ minWidth: 200 }}
    />
  );
}
