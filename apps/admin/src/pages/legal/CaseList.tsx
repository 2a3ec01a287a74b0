import { ProTable, type ProColumns } from '@ant-design/pro-components';
import type { LegalStatus, LegalTopic, TownCode } from '@kgh/shared';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import { LEGAL_KIND_NAMES, LEGAL_STATUS_NAMES } from '../../components/labels';
import { tableRequest } from '../../components/table-request';
import { AssigneeSelect } from './AssigneeSelect';
import { REQUEST_COLUMNS, type LegalCase } from './legal-columns';
import { CaseAmounts, Deadline, LegalStatusTag } from './legal-display';

interface Filters {
  q?: string;
  status?: LegalStatus;
  kind?: LegalCase['kind'];
  topic?: LegalTopic;
  townCode?: TownCode;
  assigneeId?: string;
  submitted?: [string, string];
  overdue?: 'true';
  current?: number;
  pageSize?: number;
}

const day = (value: string | undefined) => (value ? dayjs(value).format('YYYY-MM-DD') : undefined);

function columnsFor(staff: boolean): ProColumns<LegalCase>[] {
  return [
    { title: '编号或描述', dataIndex: 'q', hideInTable: true },
    ...REQUEST_COLUMNS,
    { title: '提交日期', dataIndex: 'submitted', valueType: 'dateRange', hideInTable: true },
    // The status says the kind but for a declined or withdrawn one; the detail page shows it.
    { title: '类型', dataIndex: 'kind', valueEnum: LEGAL_KIND_NAMES, hideInTable: true },
    { title: '状态', dataIndex: 'status', valueEnum: LEGAL_STATUS_NAMES, render: (_, row) => <LegalStatusTag status={row.status} /> },
    {
      title: '承办人',
      dataIndex: 'assigneeId',
      // A mediator sees only the cases handed to them, so there is nobody else to filter by.
      hideInSearch: !staff,
      render: (_, row) => row.assignee?.displayName ?? '—',
      renderFormItem: () => <AssigneeSelect placeholder="全部" />,
    },
    {
      title: '调解期限',
      dataIndex: 'mediationDueOn',
      hideInSearch: true,
      render: (_, row) => <Deadline on={row.mediationDueOn} overdue={row.mediationOverdue} overdueText="调解已超15天" />,
    },
    { title: '金额', dataIndex: 'amountClaimedFen', hideInSearch: true, align: 'right', render: (_, row) => <CaseAmounts row={row} /> },
    { title: '只看超期', dataIndex: 'overdue', hideInTable: true, valueEnum: { true: '受理或调解已超期' } },
  ];
}

/** Every request, consultation and case in reach (a mediator: those assigned to them), newest first. */
export function CaseList({ staff }: { staff: boolean }) {
  return (
    <ProTable<LegalCase, Filters>
      headerTitle="维权案件与法律咨询"
      rowKey="id"
      columns={columnsFor(staff)}
      form={{ syncToUrl: true }}
      search={{ labelWidth: 'auto', defaultCollapsed: false }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      locale={{ emptyText: '没有符合条件的案件或咨询' }}
      request={({ current, pageSize, submitted, overdue, ...filters }) =>
        tableRequest(() =>
          api.GET('/api/v1/admin/legal/cases', {
            query: { ...filters, from: day(submitted?.[0]), to: day(submitted?.[1]), overdue: overdue === 'true' || undefined, page: current, pageSize },
          }),
        )
      }
    />
  );
}
