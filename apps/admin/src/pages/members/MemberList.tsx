import { DownloadOutlined } from '@ant-design/icons';
import { ProTable, type ProColumns, type ProFormInstance } from '@ant-design/pro-components';
import { queryString, type Schema } from '@kgh/api-client';
import type { TownCode } from '@kgh/shared';
import { App, Button } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, download } from '../../api/client';
import { messageOf } from '../../api/errors';
import { GENDER_NAMES, nameOf, OCCUPATION_NAMES, TOWN_NAMES } from '../../components/labels';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { tableRequest } from '../../components/table-request';

type Member = Schema<'MemberView'>;
interface Filters {
  q?: string;
  townCode?: TownCode;
  orgId?: string;
  current?: number;
  pageSize?: number;
}

const columns: ProColumns<Member>[] = [
  { title: '会员号、手机号或姓名', dataIndex: 'q', hideInTable: true },
  { title: '会员号', dataIndex: 'memberNumber', hideInSearch: true, render: (_, row) => <Link to={`/members/${row.id}`}>{row.memberNumber}</Link> },
  { title: '姓名', dataIndex: 'name', hideInSearch: true },
  { title: '性别', dataIndex: 'gender', hideInSearch: true, render: (_, row) => nameOf(GENDER_NAMES, row.gender) },
  { title: '手机号', dataIndex: 'phoneMasked', hideInSearch: true },
  { title: '身份证号', dataIndex: 'idNumberMasked', hideInSearch: true },
  { title: '职业', dataIndex: 'occupation', hideInSearch: true, render: (_, row) => nameOf(OCCUPATION_NAMES, row.occupation) },
  { title: '所在镇街', dataIndex: 'townCode', valueEnum: TOWN_NAMES, hideInTable: true },
  { title: '所属工会', dataIndex: 'orgId', render: (_, row) => row.union.name, renderFormItem: () => <OrgTreeSelect /> },
  { title: '入会时间', dataIndex: 'joinedAt', valueType: 'date', hideInSearch: true },
];

export function MemberList() {
  const { message } = App.useApp();
  const form = useRef<ProFormInstance<Filters>>(undefined);
  const [exporting, setExporting] = useState(false);

  async function exportCsv() {
    setExporting(true);
    try {
      const { q, townCode, orgId } = form.current?.getFieldsValue() ?? {};
      await download(`/admin/members/export${queryString({ q, townCode, orgId })}`, '会员名册.csv');
    } catch (failure) {
      void message.error(messageOf(failure));
    } finally {
      setExporting(false);
    }
  }

  return (
    <ProTable<Member, Filters>
      headerTitle="会员"
      rowKey="id"
      columns={columns}
      formRef={form}
      form={{ syncToUrl: true }}
      search={{ labelWidth: 'auto' }}
      locale={{ emptyText: '没有符合条件的会员' }}
      toolBarRender={() => [
        <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportCsv}>
          导出CSV
        </Button>,
      ]}
      request={({ current, pageSize, ...filters }) => tableRequest(() => api.GET('/api/v1/admin/members', { query: { ...filters, page: current, pageSize } }))}
    />
  );
}
