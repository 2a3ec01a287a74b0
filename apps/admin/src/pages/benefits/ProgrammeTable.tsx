import { PlusOutlined } from '@ant-design/icons';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import type { Schema } from '@kgh/api-client';
import { Button, Progress, Tag } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { yuan } from '../../components/money';
import { tableRequest } from '../../components/table-request';
import { CLAIM_PERIOD_NAMES } from './claim-periods';

type Programme = Schema<'AdminProgrammeView'>;

const columns: ProColumns<Programme>[] = [
  { title: '项目', dataIndex: 'name', render: (_, row) => <Link to={`/benefits/${row.id}`}>{row.name}</Link> },
  { title: '期限', dataIndex: 'periodStart', render: (_, row) => `${row.periodStart.slice(0, 10)} 至 ${row.periodEnd.slice(0, 10)}` },
  { title: '申领规则', dataIndex: 'claimPeriod', render: (_, row) => CLAIM_PERIOD_NAMES[row.claimPeriod] },
  {
    title: '名额',
    dataIndex: 'remaining',
    render: (_, row) => (row.capacity === null ? (row.hasSessions ? '按批次' : '不限') : `剩余 ${row.remaining} / ${row.capacity}`),
  },
  {
    title: '预算执行',
    dataIndex: 'spentFen',
    width: 220,
    render: (_, row) =>
      row.budgetFen === null ? (
        `已支出 ${yuan(row.spentFen)}（不限预算）`
      ) : (
        <div>
          <Progress percent={Math.round((row.spentFen / Math.max(row.budgetFen, 1)) * 100)} size="small" aria-label={`${row.name}预算已支出比例`} />
          {yuan(row.spentFen)} / {yuan(row.budgetFen)}
        </div>
      ),
  },
  { title: '审核', dataIndex: 'requiresApproval', render: (_, row) => (row.requiresApproval ? <Tag color="gold">需人工审核</Tag> : '自动') },
  { title: '状态', dataIndex: 'active', render: (_, row) => (row.active ? <Tag color="green">开放</Tag> : <Tag>未开放</Tag>) },
];

export function ProgrammeTable() {
  const navigate = useNavigate();
  return (
    <ProTable<Programme>
      headerTitle="福利项目"
      rowKey="id"
      columns={columns}
      search={false}
      locale={{ emptyText: '还没有福利项目' }}
      toolBarRender={() => [
        <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/benefits/new')}>
          新建项目
        </Button>,
      ]}
      request={({ current, pageSize }) => tableRequest(() => api.GET('/api/v1/admin/benefits', { query: { page: current, pageSize } }))}
    />
  );
}
