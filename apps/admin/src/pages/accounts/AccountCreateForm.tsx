import type { Schema } from '@kgh/api-client';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { messageOf } from '../../api/errors';
import { FormSelect } from '../../components/FormSelect';
import { ROLE_NAMES } from '../../components/labels';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';

export type GrantableRole = Schema<'AccountRole'>;

export interface NewAccount {
  username: string;
  displayName: string;
  role: GrantableRole;
  orgId: string;
}

export const ROLE_LABELS: Record<GrantableRole, string> = {
  provider: ROLE_NAMES.provider,
  mediator: ROLE_NAMES.mediator,
  staff: ROLE_NAMES.staff,
  admin: ROLE_NAMES.admin,
};
// As the API ranks them (accounts/account-rank.ts): a mediator stands with a provider, below the staff who open it.
const RANK: Record<GrantableRole, number> = { provider: 1, mediator: 1, staff: 2, admin: 3 };

/** The roles a caller may hand out: never one above their own. */
export function grantableRoles(callerRoles: readonly string[]): GrantableRole[] {
  const top = Math.max(0, ...callerRoles.map((role) => RANK[role as GrantableRole] ?? 0));
  return (Object.keys(RANK) as GrantableRole[]).filter((role) => RANK[role] <= top);
}

/** A new staff, admin, mediator or provider account; the API answers with a one-time password to hand over. */
export function AccountCreateForm({ callerRoles, onSubmit }: { callerRoles: readonly string[]; onSubmit: (account: NewAccount) => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: NewAccount) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...values, username: values.username.trim(), displayName: values.displayName.trim() });
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<NewAccount> layout="vertical" onFinish={submit} initialValues={{ role: 'staff' }}>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form.Item
        label="登录账号"
        name="username"
        extra="3到32位小写字母、数字或 _ . -"
        rules={[
          { required: true, message: '请填写登录账号' },
          { pattern: /^[a-z0-9_.-]{3,32}$/, message: '账号为3到32位小写字母、数字或 _ . -' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="姓名或机构名"
        name="displayName"
        rules={[
          { required: true, whitespace: true, message: '请填写姓名或机构名' },
          { max: 50, message: '不超过50个字' },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
        <FormSelect options={grantableRoles(callerRoles).map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />
      </Form.Item>
      <Form.Item label="所属组织" name="orgId" rules={[{ required: true, message: '请选择所属组织' }]}>
        <OrgTreeSelect placeholder="选择账号所属的工会组织" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        创建账号
      </Button>
    </Form>
  );
}
