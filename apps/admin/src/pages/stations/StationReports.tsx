import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import type { Schema } from '@kgh/api-client';
import { App, Button, Form, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { STATION_REPORT_KIND_NAMES, TOWN_NAMES, nameOf } from '../../components/labels';
import { tableRequest } from '../../components/table-request';

type Report = Schema<'AdminStationReportView'>;

export function StationReports() {
  const { message } = App.useApp();
  const table = useRef<ActionType>(null);
  const [resolving, setResolving] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);

  async function resolve({ note }: { note?: string }) {
    if (!resolving) return;
    setBusy(true);
    try {
      await api.POST('/api/v1/admin/stations/reports/{reportId}/resolve', { path: { reportId: resolving.id }, body: { note: note?.trim() || undefined } });
      void message.success('已标记为处理完成');
      setResolving(null);
      void table.current?.reload();
    } catch (failure) {
      void message.error(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  const columns: ProColumns<Report>[] = [
    { title: '反馈时间', dataIndex: 'createdAt', valueType: 'dateTime', hideInSearch: true },
    { title: '驿站', dataIndex: 'stationName', hideInSearch: true },
    { title: '镇街', dataIndex: 'townCode', hideInSearch: true, render: (_, row) => nameOf(TOWN_NAMES, row.townCode) },
    { title: '问题', dataIndex: 'kind', hideInSearch: true, render: (_, row) => nameOf(STATION_REPORT_KIND_NAMES, row.kind) },
    { title: '说明', dataIndex: 'note', hideInSearch: true, ellipsis: true },
    {
      title: '状态',
      dataIndex: 'status',
      valueEnum: { open: { text: '待处理', status: 'Warning' }, resolved: { text: '已处理', status: 'Success' } },
      initialValue: 'open',
    },
    { title: '处理说明', dataIndex: 'resolutionNote', hideInSearch: true, ellipsis: true },
    {
      title: '操作',
      valueType: 'option',
      render: (_, row) =>
        row.status === 'open' && (
          <Button type="link" size="small" onClick={() => setResolving(row)}>
            处理完成
          </Button>
        ),
    },
  ];

  return (
    <>
      <ProTable<Report, { status?: 'open' | 'resolved'; current?: number; pageSize?: number }>
        headerTitle="驿站问题反馈"
        rowKey="id"
        actionRef={table}
        columns={columns}
        form={{ syncToUrl: true }}
        search={{ labelWidth: 'auto' }}
        locale={{ emptyText: '没有问题反馈' }}
        request={({ current, pageSize, status }) =>
          tableRequest(() => api.GET('/api/v1/admin/stations/reports', { query: { status, page: current, pageSize } }))
        }
      />
      <Modal
        title={`处理「${resolving?.stationName ?? ''}」的反馈`}
        open={resolving !== null}
        onCancel={() => setResolving(null)}
        footer={null}
        destroyOnHidden
      >
        <Form layout="vertical" onFinish={resolve}>
          <Form.Item label="处理说明" name="note" rules={[{ max: 500, message: '最多500个字' }]}>
            <Input.TextArea rows={3} placeholder="例如：已联系驿站负责人，饮水机已修好" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            标记处理完成
          </Button>
        </Form>
      </Modal>
    </>
  );
}
