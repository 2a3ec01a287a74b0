import { ProTable, type ProColumns } from '@ant-design/pro-components';
import type { Schema } from '@kgh/api-client';
import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { api } from '../../api/client';
import { tableRequest } from '../../components/table-request';
import { useLoad } from '../../components/use-load';

type Entry = Schema<'AuditEntryView'>;
interface Filters {
  actor?: string;
  action?: string;
  at?: [string, string];
  current?: number;
  pageSize?: number;
}

/** Details as short `key: value` text; a reveal's reason first. */
function detailsText(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  return Object.entries(details as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('；');
}

export default function AuditPage() {
  const { data: actions } = useLoad(useCallback(() => api.GET('/api/v1/admin/audit/actions'), []));
  const columns: ProColumns<Entry>[] = [
    { title: '时间', dataIndex: 'at', valueType: 'dateTime', hideInSearch: true, width: 170 },
    { title: '日期', dataIndex: 'at', valueType: 'dateRange', hideInTable: true },
    { title: '操作人', dataIndex: 'actor', render: (_, row) => (row.actor ? `${row.actor.displayName}（${row.actor.username ?? '职工'}）` : '系统') },
    {
      title: '操作',
      dataIndex: 'action',
      valueType: 'select',
      fieldProps: { options: (actions?.actions ?? []).map((action) => ({ value: action, label: action })), showSearch: true },
      render: (_, row) =>
        row.sensitive ? (
          <Tag color="red" icon={<span aria-hidden>⚠ </span>}>
            {row.action}（查看敏感信息）
          </Tag>
        ) : (
          row.action
        ),
    },
    { title: '对象', dataIndex: 'entityType', hideInSearch: true, render: (_, row) => `${row.entityType} ${row.entityId.slice(0, 8)}` },
    {
      title: '详情',
      dataIndex: 'details',
      hideInSearch: true,
      ellipsis: true,
      render: (_, row) => <Typography.Text type={row.sensitive ? 'danger' : undefined}>{detailsText(row.details)}</Typography.Text>,
    },
  ];
  return (
    <ProTable<Entry, Filters>
      headerTitle="审计日志"
      rowKey="id"
      columns={columns}
      form={{ syncToUrl: true }}
      search={{ labelWidth: 'auto' }}
      rowClassName={(row) => (row.sensitive ? 'audit-sensitive' : '')}
      locale={{ emptyText: '没有符合条件的记录' }}
      request={({ current, pageSize, at, ...filters }) =>
        tableRequest(() =>
          api.GET('/api/v1/admin/audit', {
            query: {
              ...filters,
              from: at?.[0] ? dayjs(at[0]).format('YYYY-MM-DD') : undefined,
              to: at?.[1] ? dayjs(at[1]).format('YYYY-MM-DD') : undefined,
              page: current,
              pageSize,
            },
          }),
        )
      }
    />
  );
}
