import { render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../src/api/client';
import LegalPage from '../src/pages/legal/LegalPage';
import { useSignedInUser } from '../src/shell/use-session';

vi.mock('../src/api/client', () => ({ api: { GET: vi.fn().mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 20 }) } }));
vi.mock('../src/shell/use-session', () => ({ useSignedInUser: vi.fn() }));

function Where() {
  return <output aria-label="path">{useLocation().pathname}</output>;
}

function openAs(roles: string[]) {
  vi.mocked(useSignedInUser).mockReturnValue({ roles } as never);
  render(
    <App>
      <MemoryRouter initialEntries={['/legal']}>
        <Routes>
          <Route path="/legal/*" element={<LegalPage />} />
        </Routes>
        <Where />
      </MemoryRouter>
    </App>,
  );
}

describe('LegalPage', () => {
  it('takes a mediator straight to their cases, with no queue to open', async () => {
    openAs(['mediator']);
    await waitFor(() => expect(screen.getByLabelText('path')).toHaveTextContent('/legal/cases'));
    expect(await screen.findByText('维权案件与法律咨询')).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['案件与咨询']);
    expect(vi.mocked(api.GET).mock.calls.map(([path]) => path)).not.toContain('/api/v1/admin/legal/requests');
    expect(api.GET).not.toHaveBeenCalledWith('/api/v1/admin/legal/assignees');
  });

  it('opens the queue for staff', async () => {
    openAs(['staff']);
    expect(await screen.findByText('待受理的维权求助')).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['待受理', '案件与咨询']);
    await waitFor(() => expect(api.GET).toHaveBeenCalledWith('/api/v1/admin/legal/requests', { query: { page: 1, pageSize: 20 } }));
  });
});
