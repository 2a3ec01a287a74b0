import { PlusOutlined } from '@ant-design/icons';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import type { Schema } from '@kgh/api-client';
import { App, Button, Modal, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { ROLE_NAMES } from '../../components/labels';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { tableRequest } from '../../components/table-request';
import { useSignedInUser } from '../../shell/use-session';
import { AccountCreateForm, ROLE_LABELS, type GrantableRole, type NewAccount } from './AccountCreateForm';
import { OneTimePassword } from './OneTimePassword';

type Account = Schema<'AccountView'>;
interface Filters {
  q?: string;
  role?: GrantableRole;
  status?: 'active' | 'disabled';
  orgId?: string;
  current?: number;
  pageSize?: number;
}

export default function AccountsPage() {
  const user = useSignedInUser();
  const { modal, message } = App.useApp();
  const table = useRef<ActionType>(null);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{ username: string; password: string } | null>(null);
  const [moving, setMoving] = useState<Account | null>(null);
  const [newOrg, setNewOrg] = useState<string>();

  async function create(account: NewAccount) {
    const answer = await api.POST('/api/v1/admin/accounts', { body: account });
    setCreating(false);
    setIssued({ username: answer.account.username, password: answer.initialPassword });
    void table.current?.reload();
  }

  async function act(work: () => Promise<unknown>, done: string) {
    try {
      await work();
      void message.success(done);
      void table.current?.reload();
    } catch (failure) {
      void message.error(messageOf(failure));
    }
  }

  function confirmDisable(account: Account) {
    modal.confirm({
      title: `停用账号 ${account.username}？`,
      content: '停用后该账号立即不能登录，已登录的页面也会退出。可随时重新启用。',
      okText: '停用',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => act(() => api.POST('/api/v1/admin/accounts/{id}/disable', { path: { id: account.id } }), '账号已停用'),
    });
  }

  function confirmReset(account: Account) {
    modal.confirm({
      title: `重置 ${account.username} 的密码？`,
      content: '原密码立即失效，新的初始密码只显示一次。',
      okText: '重置',
      cancelText: '取消',
      onOk: async () => {
        try {
          const answer = await api.POST('/api/v1/admin/accounts/{id}/reset-password', { path: { id: account.id } });
          setIssued({ username: account.username, password: answer.initialPassword });
        } catch (failure) {
          void message.error(messageOf(failure));
        }
      },
    });
  }

  const columns: ProColumns<Account>[] = [
    { title: '账号或姓名', dataIndex: 'q', hideInTable: true },
    { title: '登录账号', dataIndex: 'username', hideInSearch: true },
    { title: '姓名', dataIndex: 'displayName', hideInSearch: true },
    {
      title: '角色',
      dataIndex: 'role',
      valueEnum: ROLE_LABELS,
      render: (_, row) => row.roles.map((role) => <Tag key={role}>{ROLE_NAMES[role]}</Tag>),
    },
    { title: '所属组织', dataIndex: 'orgId', render: (_, row) => row.org?.name ?? '—', renderFormItem: () => <OrgTreeSelect /> },
    {
      title: '状态',
      dataIndex: 'status',
      valueEnum: { active: { text: '正常', status: 'Success' }, disabled: { text: '已停用', status: 'Default' } },
    },
    { title: '最近登录', dataIndex: 'lastSignInAt', valueType: 'dateTime', hideInSearch: true },
    {
      title: '操作',
      valueType: 'option',
      render: (_, row) =>
        row.id === user?.id ? (
          <span>（本人）</span>
        ) : (
          <Space size="small" wrap>
            {row.status === 'active' ? (
              <Button type="link" size="small" danger onClick={() => confirmDisable(row)}>
                停用
              </Button>
            ) : (
              <Button
                type="link"
                size="small"
                onClick={() => act(() => api.POST('/api/v1/admin/accounts/{id}/enable', { path: { id: row.id } }), '账号已启用')}
              >
                启用
              </Button>
            )}
            <Button type="link" size="small" onClick={() => confirmReset(row)}>
              重置密码
            </Button>
            <Button type="link" size="small" onClick={() => (setMoving(row), setNewOrg(row.org?.id))}>
              调整组织
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <>
      <ProTable<Account, Filters>
        headerTitle="账号管理"
        rowKey="id"
        actionRef={table}
        columns={columns}
        form={{ syncToUrl: true }}
        search={{ labelWidth: 'auto' }}
        locale={{ emptyText: '没有符合条件的账号' }}
        toolBarRender={() => [
          <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建账号
          </Button>,
        ]}
        request={({ current, pageSize, ...filters }) =>
          tableRequest(() => api.GET('/api/v1/admin/accounts', { query: { ...filters, page: current, pageSize } }))
        }
      />
      <Modal title="新建账号" open={creating} onCancel={() => setCreating(false)} footer={null} destroyOnHidden>
        <AccountCreateForm callerRoles={user?.roles ?? []} onSubmit={create} />
      </Modal>
      <Modal
        title="初始密码"
        open={issued !== null}
        onOk={() => setIssued(null)}
        onCancel={() => setIssued(null)}
        okText="我已记下"
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        {issued && <OneTimePassword username={issued.username} password={issued.password} />}
      </Modal>
      <Modal
        title={`调整 ${moving?.username ?? ''} 的所属组织`}
        open={moving !== null}
        okText="保存"
        cancelText="取消"
        onCancel={() => setMoving(null)}
        onOk={() =>
          moving &&
          act(() => api.PATCH('/api/v1/admin/accounts/{id}', { path: { id: moving.id }, body: { orgId: newOrg } }), '所属组织已调整').then(() =>
            setMoving(null),
          )
        }
      >
        <OrgTreeSelect value={newOrg} onChange={setNewOrg} />
      </Modal>
    </>
  );
}
