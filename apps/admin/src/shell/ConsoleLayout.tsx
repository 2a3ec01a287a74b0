import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { signOut } from '../api/session';
import { ROLE_NAMES } from '../components/labels';
import { PageSpinner } from '../components/PageSpinner';
import type { Section } from './sections';
import { useSignedInUser } from './use-session';

export function ConsoleLayout({ sections }: { sections: Section[] }) {
  const user = useSignedInUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = sections.filter((s) => (s.path === '/' ? pathname === '/' : pathname.startsWith(s.path))).map((s) => s.path);
  const role = user?.roles.find((r) => r !== 'worker');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>柯工惠 · 工作台</div>
        <nav aria-label="主菜单">
          <Menu
            mode="inline"
            selectedKeys={selected}
            items={sections.map((s) => ({ key: s.path, icon: s.icon, label: s.label }))}
            onClick={({ key }) => void navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Dropdown
            menu={{
              items: [
                { key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: () => void navigate('/password') },
                { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: signOut },
              ],
            }}
          >
            <Button type="text" icon={<UserOutlined />}>
              {user?.displayName}
              <Typography.Text type="secondary">{role ? ` · ${ROLE_NAMES[role]}` : ''}</Typography.Text>
              <DownOutlined />
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
