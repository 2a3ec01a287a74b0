import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProgrammeForm } from '../src/pages/benefits/ProgrammeForm';

// The org picker asks the API for the caller's part of the tree.
vi.mock('../src/api/client', () => ({
  api: { GET: vi.fn().mockResolvedValue({ items: [{ id: 'd', name: '柯桥区总工会', parentId: null }], total: 1, page: 1, pageSize: 100 }) },
}));

const checkup = {
  id: 'p1',
  code: 'checkup',
  name: '职工健康体检',
  description: '',
  orgId: 'd',
  periodStart: '2026-01-01T00:00:00+08:00',
  periodEnd: '2026-12-31T23:59:59+08:00',
  claimPeriod: 'year',
  hasSessions: true,
  outsideWindowRedemption: 'warn',
  capacity: null,
  budgetFen: null,
  costFen: 120000,
  costFenFemale: 150000,
  requiresApproval: false,
  hasWaitlist: false,
  cancelHoursBefore: 24,
  rules: {},
} as unknown as Parameters<typeof ProgrammeForm>[0]['programme'];

describe('ProgrammeForm', () => {
  it('lets staff refuse redemptions outside a batch’s dates', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<ProgrammeForm programme={checkup} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByLabelText('不在批次日期核销时'));
    await userEvent.click(await screen.findByTitle('不予核销（只能在批次当天核销）'));
    await userEvent.click(screen.getByRole('button', { name: '保 存' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ outsideWindowRedemption: 'refuse', costFen: 120000 })));
  });

  it('asks nothing about batch dates for a programme without batches', async () => {
    render(<ProgrammeForm programme={{ ...checkup!, hasSessions: false }} onSubmit={vi.fn()} />);
    expect(screen.queryByLabelText('不在批次日期核销时')).not.toBeInTheDocument();
  });
});
