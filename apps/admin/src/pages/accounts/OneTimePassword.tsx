import { Alert, Typography } from 'antd';

/** A password shown once: the API keeps only its hash, so it is copied now or reset later. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <>
      <Alert type="warning" showIcon message="初始密码只显示这一次，请复制后当面或电话告知本人。首次登录须修改密码。" style={{ marginBottom: 16 }} />
      <Typography.Paragraph>
        账号：<Typography.Text strong>{username}</Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph>
        初始密码：
        <Typography.Text code copyable data-testid="initial-password">
          {password}
        </Typography.Text>
      </Typography.Paragraph>
    </>
  );
}
