import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { messageOf } from '../../api/errors';
import { currentUser, updateUser } from '../../api/session';

interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export default function ChangePasswordPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mustChange = currentUser()?.mustChangePassword;

  async function submit({ currentPassword, newPassword }: PasswordChange) {
    setBusy(true);
    setError(null);
    try {
      await api.POST('/api/v1/me/password', { body: { currentPassword, newPassword } });
      updateUser(await api.GET('/api/v1/me'));
      void message.success('密码已修改');
      void navigate('/', { replace: true });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="修改密码" style={{ maxWidth: 480 }}>
      {mustChange && <Alert type="info" showIcon message="这是您第一次登录（或密码已被重置），请先设置自己的密码。" style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 16 }} />}
      <Form<PasswordChange> layout="vertical" onFinish={submit}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra="至少10位，须同时包含字母和数字"
          rules={[
            { required: true, message: '请输入新密码' },
            { min: 10, message: '新密码至少10位' },
            { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: '新密码须同时包含字母和数字' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="再次输入新密码"
          name="repeat"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) => (value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          保存新密码
        </Button>
      </Form>
    </Card>
  );
}
