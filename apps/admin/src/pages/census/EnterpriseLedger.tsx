import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import type { Schema } from '@kgh/api-client';
import type { FormationMode, Industry, TownCode, UnionStatus } from '@kgh/shared';
import { App, Button, Card, Col, Row, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, download } from '../../api/client';
import { messageOf } from '../../api/errors';
import { FORMATION_MODE_NAMES, INDUSTRY_NAMES, nameOf, TOWN_NAMES, UNION_STATUS_NAMES } from '../../components/labels';
import { tableRequest } from '../../components/table-request';
import { STATUS_COLORS } from './status-colors';

type Enterprise = Schema<'EnterpriseView'>;
type Counts = Schema<'EnterpriseCountsView'>;
interface Filters {
  q?: string;
  townCode?: TownCode;
  industry?: Industry;
  unionStatus?: UnionStatus;
  formationMode?: FormationMode;
  current?: number;
  pageSize?: number;
}

const columns: ProColumns<Enterprise>[] = [
  { title: '企业名称、品牌或信用代码', dataIndex: 'q', hideInTable: true },
  { title: '企业', dataIndex: 'name', hideInSearch: true, render: (_, row) => <Link to={`/census/${row.id}`}>{row.name}</Link> },
  { title: '行业', dataIndex: 'industry', valueEnum: INDUSTRY_NAMES },
  { title: '镇街', dataIndex: 'townCode', valueEnum: TOWN_NAMES },
  { title: '职工', dataIndex: 'workers', hideInSearch: true, align: 'right' },
  { title: '新就业形态', dataIndex: 'newFormWorkers', hideInSearch: true, align: 'right' },
  { title: '已入会', dataIndex: 'joinedMembers', hideInSearch: true, align: 'right' },
  {
    title: '建会状态',
    dataIndex: 'unionStatus',
    valueEnum: UNION_STATUS_NAMES,
    render: (_, row) => <Tag color={STATUS_COLORS[row.unionStatus]}>{nameOf(UNION_STATUS_NAMES, row.unionStatus)}</Tag>,
  },
  { title: '建会方式', dataIndex: 'formationMode', valueEnum: FORMATION_MODE_NAMES, render: (_, row) => nameOf(FORMATION_MODE_NAMES, row.formationMode) },
  { title: '所属工会', dataIndex: 'union', hideInSearch: true, render: (_, row) => row.union?.name ?? '—' },
  {
    title: '待解决问题',
    dataIndex: 'openProblems',
    hideInSearch: true,
    align: 'right',
    render: (_, row) => (row.openProblems > 0 ? <Tag color="red">{row.openProblems}</Tag> : '0'),
  },
];

const STATUS_ORDER = ['established', 'not_established', 'moved_out', 'closed'] as const;

/** The census ledger: counts by union status for the filters in force, then the enterprises. */
export function EnterpriseLedger() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [counts, setCounts] = useState<Counts>();

  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title="企业总数" value={counts?.total ?? '—'} />
          </Card>
        </Col>
        {STATUS_ORDER.map((status) => (
          <Col key={status} xs={12} md={5}>
            <Card size="small">
              <Statistic title={UNION_STATUS_NAMES[status]} value={counts?.byStatus[status] ?? '—'} />
            </Card>
          </Col>
        ))}
      </Row>
      <ProTable<Enterprise, Filters>
        headerTitle="建会入会台账"
        rowKey="id"
        columns={columns}
        form={{ syncToUrl: true }}
        search={{ labelWidth: 'auto' }}
        locale={{ emptyText: '没有符合条件的企业' }}
        toolBarRender={() => [
          <Button
            key="export"
            icon={<DownloadOutlined />}
            onClick={() => download('/admin/enterprises/export', '企业台账.csv').catch((failure) => void message.error(messageOf(failure)))}
          >
            导出CSV
          </Button>,
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/census/new')}>
            登记企业
          </Button>,
        ]}
        request={async ({ current, pageSize, ...filters }) => {
          const { townCode, industry, q } = filters;
          void api.GET('/api/v1/admin/enterprises/counts', { query: { townCode, industry, q } }).then(setCounts, () => setCounts(undefined));
          return tableRequest(() => api.GET('/api/v1/admin/enterprises', { query: { ...filters, page: current, pageSize } }));
        }}
      />
    </>
  );
}
