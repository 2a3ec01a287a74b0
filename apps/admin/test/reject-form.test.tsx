import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api/errors';
import { RejectForm } from '../src/pages/applications/RejectForm';

describe('RejectForm', () => {
  it('sends nothing without a reason and says what is missing', async () => {
    const onSubmit = vi.fn();
    render(<RejectForm onSubmit={onSubmit} onCancel={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '确认不通过' }));
    expect(await screen.findByText('请填写不通过的原因')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('不通过的原因（申请人可见）'), '短');
    await userEvent.click(screen.getByRole('button', { name: '确认不通过' }));
    expect(await screen.findByText('原因长度为2到200个字符')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the trimmed reason, a common one filled in by one click', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<RejectForm onSubmit={onSubmit} onCancel={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '所填工作单位无法核实' }));
    await userEvent.type(screen.getByLabelText('不通过的原因（申请人可见）'), '，请补充劳动合同  ');
    await userEvent.click(screen.getByRole('button', { name: '确认不通过' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('所填工作单位无法核实，请补充劳动合同', ['employer']));
  });

  it('sends back the answers staff tick to be filled in again', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<RejectForm onSubmit={onSubmit} onCancel={() => {}} />);
    await userEvent.type(screen.getByLabelText('不通过的原因（申请人可见）'), '手机号不是本人的');
    await userEvent.click(screen.getByRole('checkbox', { name: '手机号' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '工作镇街' }));
    await userEvent.click(screen.getByRole('button', { name: '确认不通过' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('手机号不是本人的', ['phone', 'townCode']));
  });

  it('shows the API’s message when it refuses', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new ApiError(409, 'ALREADY_REVIEWED', '该申请已被其他工作人员审核'));
    render(<RejectForm onSubmit={onSubmit} onCancel={() => {}} />);
    await userEvent.type(screen.getByLabelText('不通过的原因（申请人可见）'), '信息不实');
    await userEvent.click(screen.getByRole('button', { name: '确认不通过' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该申请已被其他工作人员审核');
  });
});
