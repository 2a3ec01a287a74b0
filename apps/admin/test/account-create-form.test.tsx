import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/errors';
import { AccountCreateForm, grantableRoles } from '../src/pages/accounts/AccountCreateForm';

// The org picker asks the API for the caller's part of the tree; answer it as the API would.
vi.mock('../src/api/client', () => ({
  api: {
    GET: vi.fn().mockResolvedValue({
      items: [
        { id: 'd', name: '柯桥区总工会', parentId: null },
        { id: 't', name: '柯桥街道总工会', parentId: 'd' },
      ],
      total: 2,
      page: 1,
      pageSize: 100,
    }),
  },
}));

async function pickOrg(name: string) {
  await userEvent.click(screen.getByLabelText('所属组织'));
  await userEvent.click(await screen.findByTitle(name));
}

describe('AccountCreateForm', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.clearAllMocks());

  it('offers no role above the caller’s', () => {
    expect(grantableRoles(['staff'])).toEqual(['provider', 'mediator', 'staff']);
    expect(grantableRoles(['admin'])).toEqual(['provider', 'mediator', 'staff', 'admin']);
    expect(grantableRoles(['provider'])).toEqual(['provider', 'mediator']);
  });

  it('checks every field before sending', async () => {
    const onSubmit = vi.fn();
    render(<AccountCreateForm callerRoles={['staff']} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('登录账号'), 'Zhang San');
    await userEvent.click(screen.getByRole('button', { name: '创建账号' }));
    expect(await screen.findByText('账号为3到32位小写字母、数字或 _ . -')).toBeInTheDocument();
    expect(screen.getByText('请填写姓名或机构名')).toBeInTheDocument();
    expect(screen.getByText('请选择所属组织')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the account and shows a refusal in the API’s words', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new ApiError(409, 'USERNAME_TAKEN', '该账号已被使用'));
    render(<AccountCreateForm callerRoles={['staff']} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('登录账号'), 'keqiao-li');
    await userEvent.type(screen.getByLabelText('姓名或机构名'), ' 李四 ');
    await pickOrg('柯桥街道总工会');
    await userEvent.click(screen.getByLabelText('角色'));
    expect(await screen.findByTitle('服务机构')).toBeInTheDocument();
    expect(screen.getByTitle('调解员')).toBeInTheDocument();
    expect(screen.getAllByTitle('工会工作人员').length).toBeGreaterThan(0);
    expect(screen.queryByTitle('区总工会管理员')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '创建账号' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ username: 'keqiao-li', displayName: '李四', role: 'staff', orgId: 't' }));
    expect(within(await screen.findByRole('alert')).getByText('该账号已被使用')).toBeInTheDocument();
  });
});
