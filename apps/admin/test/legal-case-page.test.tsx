import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../src/api/client';
import { ApiError } from '../src/api/errors';
import { CasePage } from '../src/pages/legal/CasePage';

vi.mock('../src/api/client', () => ({ api: { GET: vi.fn(), POST: vi.fn() } }));
const GET = vi.mocked(api.GET);
const POST = vi.mocked(api.POST);

const TRANSITION = '/api/v1/admin/legal/cases/{id}/transition';

/** A rider's unpaid-wages case as the API answers it, in the state the test needs. */
function aCase(overrides: Record<string, unknown> = {}) {
  return {
    id: 'c1',
    number: 'WQ20261203-0007',
    topic: 'unpaid_wages',
    against: 'platform',
    againstName: '某外卖平台',
    description: '11月工资3000元至今未发',
    amountClaimedFen: 300000,
    workersAffected: 1,
    isMember: true,
    townCode: 'keqiao',
    org: { id: 't', name: '柯桥街道总工会' },
    status: 'mediating',
    kind: 'case',
    submittedAt: '2026-12-03T02:00:00.000Z',
    dueOn: '2026-12-06',
    outcome: null,
    updatedAt: '2026-12-05T02:00:00.000Z',
    applicantNameMasked: '李**',
    phoneMasked: '138****5678',
    phone: '13812345678',
    assignee: { id: 'm', displayName: '王律师（公益律师团）' },
    registeredOn: '2026-12-04',
    mediationDueOn: '2026-12-19',
    mediationOverdue: false,
    requestOverdue: false,
    amountAgreedFen: null,
    amountRecoveredFen: null,
    referredTo: null,
    nextStatuses: ['agreed', 'failed', 'withdrawn'],
    sessions: [],
    timeline: [{ id: 'e1', at: '2026-12-03T02:00:00.000Z', actor: null, kind: 'status', fromStatus: null, toStatus: 'submitted', text: '职工提交了维权求助' }],
    ...overrides,
  };
}

function showCase(detail: ReturnType<typeof aCase>) {
  GET.mockResolvedValue(detail as never);
  render(
    <App>
      <MemoryRouter initialEntries={['/legal/c1']}>
        <Routes>
          <Route path="/legal/:id" element={<CasePage staff />} />
        </Routes>
      </MemoryRouter>
    </App>,
  );
}

// Pasting instead of typing key by key keeps these quick: every key re-renders the page and its dialog.
const user = userEvent.setup({ delay: null });

// By its text rather than getByRole: naming every element of the page is what makes role queries slow here.
async function button(name: string) {
  return (await screen.findByText(name)).closest('button')!;
}

async function fill(label: string, text: string) {
  const field = await screen.findByLabelText(label);
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

describe('CasePage', () => {
  afterEach(() => vi.clearAllMocks());

  it('sends the agreed amount typed in yuan as whole fen, with the terms', async () => {
    POST.mockResolvedValue(undefined);
    showCase(aCase());
    await user.click(await button('达成协议'));
    await fill('协议金额（元）', '3000.1');
    await fill('协议内容（职工可见）', '平台于12月20日前支付');
    await user.click(await button('确认达成协议'));
    await waitFor(() =>
      expect(POST).toHaveBeenCalledWith(TRANSITION, { path: { id: 'c1' }, body: { to: 'agreed', amountAgreedFen: 300010, reason: '平台于12月20日前支付' } }),
    );
  });

  it('asks why only when more than the agreed amount is recovered, and sends it with the amount in fen', async () => {
    POST.mockResolvedValue(undefined);
    showCase(aCase({ status: 'agreed', amountAgreedFen: 300000, nextStatuses: ['fulfilled', 'failed'] }));
    await user.click(await button('履行完毕'));
    await fill('追回金额（元）', '3000');
    expect(screen.queryByLabelText('超出协议金额的原因')).not.toBeInTheDocument();
    await fill('追回金额（元）', '3200.5');
    expect(await screen.findByLabelText('超出协议金额的原因')).toBeInTheDocument();
    await user.click(await button('确认履行完毕'));
    expect(await screen.findByText('请填写超出协议金额的原因')).toBeInTheDocument();
    expect(POST).not.toHaveBeenCalled();
    await fill('超出协议金额的原因', '含迟延支付的利息');
    await user.click(await button('确认履行完毕'));
    await waitFor(() =>
      expect(POST).toHaveBeenCalledWith(TRANSITION, {
        path: { id: 'c1' },
        body: { to: 'fulfilled', amountRecoveredFen: 320050, overAgreedReason: '含迟延支付的利息' },
      }),
    );
  });

  it('shows a refusal in the API’s words and keeps the dialog open', async () => {
    POST.mockRejectedValue(new ApiError(409, 'ILLEGAL_TRANSITION', '案件已是「调解未成」，不能改为「已达成协议」'));
    showCase(aCase());
    await user.click(await button('达成协议'));
    await fill('协议金额（元）', '3000');
    await fill('协议内容（职工可见）', '平台一次性支付');
    await user.click(await button('确认达成协议'));
    expect(within(await screen.findByRole('alert')).getByText('案件已是「调解未成」，不能改为「已达成协议」')).toBeInTheDocument();
  });

  it('offers only the moves the API allows, and sessions while the case is worked', async () => {
    showCase(
      aCase({
        status: 'submitted',
        kind: 'request',
        assignee: null,
        registeredOn: null,
        mediationDueOn: null,
        nextStatuses: ['answered', 'registered', 'declined', 'withdrawn'],
      }),
    );
    const offered = (await screen.findAllByRole('button')).map((element) => element.textContent);
    expect(offered).toEqual(['作为咨询解答', '立 案', '不予受理', '撤 回']);
  });
});
