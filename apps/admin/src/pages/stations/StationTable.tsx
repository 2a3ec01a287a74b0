import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import type { Schema } from '@kgh/api-client';
import type { StationKind, TownCode } from '@kgh/shared';
import { App, Button, Space, Tag } from 'antd';
import { useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, download } from '../../api/client';
import { messageOf } from '../../api/errors';
import { STATION_KIND_NAMES, TOWN_NAMES } from '../../components/labels';
import { tableRequest } from '../../components/table-request';

type Station = Schema<'AdminStationView'>;
interface Filters {
  q?: string;
  townCode?: TownCode;
  kind?: StationKind;
  active?: 'true' | 'false';
  current?: number;
  pageSize?: number;
}

export function StationTable() {
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const table = useRef<ActionType>(null);

  async function act(work: () => Promise<unknown>, done: string) {
    try {
      await work();
      void message.success(done);
      void table.current?.reload();
    } catch (failure) {
      void message.error(messageOf(failure));
    }
  }

  const columns: ProColumns<Station>[] = [
    { title: '名称或地址', dataIndex: 'q', hideInTable: true },
    { title: '名称', dataIndex: 'name', hideInSearch: true, render: (_, row) => <Link to={`/stations/${row.id}`}>{row.name}</Link> },
    { title: '类型', dataIndex: 'kind', valueEnum: STATION_KIND_NAMES },
    { title: '镇街', dataIndex: 'townCode', valueEnum: TOWN_NAMES },
    { title: '地址', dataIndex: 'address', hideInSearch: true, ellipsis: true },
    {
      title: '状态',
      dataIndex: 'active',
      valueEnum: { true: { text: '开放', status: 'Success' }, false: { text: '已停用', status: 'Default' } },
      render: (_, row) => (row.active ? <Tag color="green">开放</Tag> : <Tag>已停用</Tag>),
    },
    { title: '最近核实', dataIndex: 'lastVerifiedAt', valueType: 'date', hideInSearch: true, render: (dom, row) => (row.lastVerifiedAt ? dom : '未核实') },
    {
      title: '操作',
      valueType: 'option',
      render: (_, row) => (
        <Space size="small">
          <Button type="link" size="small" onClick={() => void navigate(`/stations/${row.id}`)}>
            编辑
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() => act(() => api.POST('/api/v1/admin/stations/{id}/verify', { path: { id: row.id } }), '已标记为今日核实')}
          >
            标记已核实
          </Button>
          {row.active && (
            <Button
              type="link"
              size="small"
              danger
              onClick={() =>
                modal.confirm({
                  title: `停用「${row.name}」？`,
                  content: '停用后职工在地图上看不到这个驿站，记录保留，可在编辑页重新开放。',
                  okText: '停用',
                  okButtonProps: { danger: true },
                  cancelText: '取消',
                  onOk: () => act(() => api.DELETE('/api/v1/admin/stations/{id}', { path: { id: row.id } }), '驿站已停用'),
                })
              }
            >
              停用
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <ProTable<Station, Filters>
      headerTitle="驿站"
      rowKey="id"
      actionRef={table}
      columns={columns}
      form={{ syncToUrl: true }}
      search={{ labelWidth: 'auto' }}
      locale={{ emptyText: '没有符合条件的驿站' }}
      toolBarRender={() => [
        <Button
          key="export"
          icon={<DownloadOutlined />}
          onClick={() => download('/admin/stations/export', '驿站.csv').catch((failure) => void message.error(messageOf(failure)))}
        >
          导出CSV
        </Button>,
        <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/stations/new')}>
          新建驿站
        </Button>,
      ]}
      request={({ current, pageSize, active, ...filters }) =>
        tableRequest(() =>
          api.GET('/api/v1/admin/stations', { query: { ...filters, active: active === undefined ? undefined : active === 'true', page: current, pageSize } }),
        )
      }
    />
  );
}
