import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import type { Schema } from '@kgh/api-client';
import type { ClaimStatus } from '@kgh/shared';
import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { CLAIM_STATUS_NAMES } from '../../components/labels';
import { yuan } from '../../components/money';
import { tableRequest } from '../../components/table-request';
import { useLoad } from '../../components/use-load';

type Claim = Schema<'AdminClaimView'>;
interface Filters {
  programmeId?: string;
  status?: ClaimStatus;
  current?: number;
  pageSize?: number;
}

/** Claims by programme and status: approve or refuse the ones waiting for review, see who redeemed what where. */
export function ClaimsTable() {
  const { message } = App.useApp();
  const table = useRef<ActionType>(null);
  const [rejecting, setRejecting] = useState<Claim | null>(null);
  const { data: programmes } = useLoad(useCallback(() => api.GET('/api/v1/admin/benefits', { query: { page: 1, pageSize: 100 } }), []));

  async function act(work: () => Promise<unknown>, done: string) {
    try {
      await work();
      void message.success(done);
      void table.current?.reload();
      return true;
    } catch (failure) {
      void message.error(messageOf(failure));
      return false;
    }
  }

  const columns: ProColumns<Claim>[] = [
    {
      title: '项目',
      dataIndex: 'programmeId',
      render: (_, row) => row.programmeName,
      renderFormItem: () => <Select allowClear showSearch optionFilterProp="label" options={programmes?.items.map((p) => ({ value: p.id, label: p.name }))} />,
    },
    { title: '批次', dataIndex: 'session', hideInSearch: true, render: (_, row) => row.session?.name ?? '—' },
    { title: '会员号', dataIndex: 'memberNumber', hideInSearch: true },
    { title: '姓名', dataIndex: 'memberNameMasked', hideInSearch: true },
    { title: '状态', dataIndex: 'status', valueEnum: CLAIM_STATUS_NAMES },
    { title: '费用', dataIndex: 'costFen', hideInSearch: true, align: 'right', render: (_, row) => yuan(row.costFen) },
    { title: '申领时间', dataIndex: 'createdAt', valueType: 'dateTime', hideInSearch: true },
    {
      title: '核销',
      dataIndex: 'redeemedAt',
      hideInSearch: true,
      render: (_, row) =>
        row.redeemedAt ? `${new Date(row.redeemedAt).toLocaleString('zh-CN')} ${row.redeemer?.displayName ?? ''} ${row.redeemedPlace ?? ''}` : '—',
    },
    {
      title: '操作',
      valueType: 'option',
      render: (_, row) =>
        row.status === 'pending_review' && (
          <Space size="small">
            <Button
              type="link"
              size="small"
              onClick={() => act(() => api.POST('/api/v1/admin/claims/{id}/approve', { path: { id: row.id } }), '已通过，名额已确认')}
            >
              通过
            </Button>
            <Button type="link" size="small" danger onClick={() => setRejecting(row)}>
              不通过
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <>
      <ProTable<Claim, Filters>
        headerTitle="申领与核销记录"
        rowKey="id"
        actionRef={table}
        columns={columns}
        form={{ syncToUrl: true }}
        search={{ labelWidth: 'auto' }}
        locale={{ emptyText: '没有符合条件的申领' }}
        request={({ current, pageSize, ...filters }) => tableRequest(() => api.GET('/api/v1/admin/claims', { query: { ...filters, page: current, pageSize } }))}
      />
      <Modal title="不通过申领" open={rejecting !== null} onCancel={() => setRejecting(null)} footer={null} destroyOnHidden>
        <Form
          layout="vertical"
          onFinish={async ({ reason }: { reason: string }) => {
            if (
              rejecting &&
              (await act(() => api.POST('/api/v1/admin/claims/{id}/reject', { path: { id: rejecting.id }, body: { reason: reason.trim() } }), '已退回申领'))
            ) {
              setRejecting(null);
            }
          }}
        >
          <Form.Item
            label="原因（会员可见）"
            name="reason"
            rules={[
              { required: true, whitespace: true, message: '请填写原因' },
              { min: 2, max: 200, message: '原因长度为2到200个字符' },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" danger htmlType="submit" block>
            确认不通过
          </Button>
        </Form>
      </Modal>
    </>
  );
}
