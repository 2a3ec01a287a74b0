import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import type { Schema } from '@kgh/api-client';
import type { ApplicationStatus, Occupation, TownCode } from '@kgh/shared';
import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { APPLICATION_STATUS_NAMES, EMPLOYER_NAMES, nameOf, OCCUPATION_NAMES, TOWN_NAMES } from '../../components/labels';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { tableRequest } from '../../components/table-request';

type Application = Schema<'ApplicationView'>;

interface Filters {
  status?: ApplicationStatus;
  townCode?: TownCode;
  orgId?: string;
  occupation?: Occupation;
  submitted?: [string, string];
  current?: number;
  pageSize?: number;
}

const columns: ProColumns<Application>[] = [
  { title: '提交时间', dataIndex: 'submittedAt', valueType: 'dateTime', hideInSearch: true, width: 160 },
  { title: '提交日期', dataIndex: 'submitted', valueType: 'dateRange', hideInTable: true },
  {
    title: '姓名',
    dataIndex: 'name',
    hideInSearch: true,
    render: (_, row) => <Link to={`/applications/${row.id}`}>{row.name}</Link>,
  },
  { title: '身份证号', dataIndex: 'idNumberMasked', hideInSearch: true, copyable: false },
  { title: '职业', dataIndex: 'occupation', valueEnum: OCCUPATION_NAMES },
  { title: '工作单位', dataIndex: 'employer', hideInSearch: true, render: (_, row) => nameOf(EMPLOYER_NAMES, row.employer) },
  { title: '所在镇街', dataIndex: 'townCode', valueEnum: TOWN_NAMES },
  {
    title: '受理工会',
    dataIndex: 'orgId',
    render: (_, row) => row.targetOrg.name,
    renderFormItem: () => <OrgTreeSelect />,
  },
  { title: '状态', dataIndex: 'status', valueEnum: APPLICATION_STATUS_NAMES, initialValue: 'pending' },
];

/** The review queue: oldest first, filters kept in the URL, bulk approval of the selected rows. */
export function ReviewQueue() {
  const { modal, message } = App.useApp();
  const table = useRef<ActionType>(null);
  const [selected, setSelected] = useState<string[]>([]);

  function approveSelected() {
    modal.confirm({
      title: `确认批准选中的 ${selected.length} 份入会申请？`,
      content: '批准后将为申请人发放会员号，操作会记入审计日志。',
      okText: `批准 ${selected.length} 份`,
      cancelText: '取消',
      onOk: async () => {
        try {
          const result = await api.POST('/api/v1/admin/applications/bulk-approve', { body: { ids: selected } });
          if (result.failed.length === 0) void message.success(`已批准 ${result.approved.length} 份申请`);
          else void message.warning(`已批准 ${result.approved.length} 份，${result.failed.length} 份未能批准：${result.failed[0].message}`);
          setSelected([]);
          void table.current?.reload();
        } catch (failure) {
          void message.error(messageOf(failure));
        }
      },
    });
  }

  return (
    <ProTable<Application, Filters>
      headerTitle="入会审核"
      rowKey="id"
      actionRef={table}
      columns={columns}
      form={{ syncToUrl: true }}
      search={{ labelWidth: 'auto' }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true }}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => setSelected(keys as string[]),
        getCheckboxProps: (row) => ({ disabled: row.status !== 'pending', 'aria-label': `选择${row.name}的申请` }),
      }}
      tableAlertOptionRender={() => (
        <Button type="primary" size="small" onClick={approveSelected}>
          批量批准
        </Button>
      )}
      locale={{ emptyText: '没有符合条件的申请' }}
      request={({ current, pageSize, submitted, ...filters }) =>
        tableRequest(() =>
          api.GET('/api/v1/admin/applications', {
            query: {
              ...filters,
              from: submitted?.[0] ? dayjs(submitted[0]).format('YYYY-MM-DD') : undefined,
              to: submitted?.[1] ? dayjs(submitted[1]).format('YYYY-MM-DD') : undefined,
              page: current,
              pageSize,
            },
          }),
        )
      }
    />
  );
}
