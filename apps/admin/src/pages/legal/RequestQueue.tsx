import { ProTable, type ProColumns } from '@ant-design/pro-components';
import type { LegalTopic, TownCode } from '@kgh/shared';
import { api } from '../../api/client';
import { tableRequest } from '../../components/table-request';
import { AGAINST_COLUMN, REQUEST_COLUMNS, type LegalCase } from './legal-columns';
import { amountOf, Deadline } from './legal-display';

interface Filters {
  townCode?: TownCode;
  topic?: LegalTopic;
  current?: number;
  pageSize?: number;
}

const columns: ProColumns<LegalCase>[] = [
  ...REQUEST_COLUMNS,
  AGAINST_COLUMN,
  {
    title: '受理期限',
    dataIndex: 'dueOn',
    hideInSearch: true,
    render: (_, row) => <Deadline on={row.dueOn} overdue={row.requestOverdue} overdueText="已超期未受理" />,
  },
  { title: '受理工会', dataIndex: 'org', hideInSearch: true, render: (_, row) => row.org.name },
  { title: '诉求金额', dataIndex: 'amountClaimedFen', hideInSearch: true, align: 'right', render: (_, row) => amountOf(row.amountClaimedFen) },
];

/** Requests waiting to be answered as a consultation or registered as a case, oldest first. */
export function RequestQueue() {
  return (
    <ProTable<LegalCase, Filters>
      headerTitle="待受理的维权求助"
      rowKey="id"
      columns={columns}
      form={{ syncToUrl: true }}
      search={{ labelWidth: 'auto' }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      locale={{ emptyText: '没有等待受理的求助' }}
      request={({ current, pageSize, ...filters }) =>
        tableRequest(() => api.GET('/api/v1/admin/legal/requests', { query: { ...filters, page: current, pageSize } }))
      }
    />
  );
}
