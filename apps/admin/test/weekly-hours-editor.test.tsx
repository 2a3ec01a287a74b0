import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StationForm } from '../src/pages/stations/StationForm';
import { hoursProblem, type OpeningHours } from '../src/pages/stations/weekly-hours';
import { WeeklyHoursEditor } from '../src/pages/stations/WeeklyHoursEditor';

function Editor({ initial, seen }: { initial: OpeningHours; seen: (hours: OpeningHours) => void }) {
  const [hours, setHours] = useState(initial);
  return (
    <WeeklyHoursEditor
      value={hours}
      onChange={(next) => {
        setHours(next);
        seen(next);
      }}
    />
  );
}

describe('WeeklyHoursEditor', () => {
  it('opens a closed day at 08:00–20:00, adds a second span and copies a day to the whole week', async () => {
    const seen = vi.fn();
    render(<Editor initial={{ is24h: false, weekly: { mon: [['09:00', '17:00']] } }} seen={seen} />);
    await userEvent.click(screen.getByRole('checkbox', { name: '周六' }));
    expect(seen).toHaveBeenLastCalledWith({ is24h: false, weekly: { mon: [['09:00', '17:00']], sat: [['08:00', '20:00']] } });
    await userEvent.click(screen.getAllByRole('button', { name: /加一段/ })[0]);
    expect(seen.mock.lastCall?.[0].weekly.mon).toEqual([
      ['09:00', '17:00'],
      ['18:00', '22:00'],
    ]);
    await userEvent.click(screen.getAllByRole('button', { name: '应用到每天' })[0]);
    const week = seen.mock.lastCall?.[0].weekly;
    expect(Object.keys(week)).toHaveLength(7);
    expect(week.sun).toEqual(week.mon);
    await userEvent.click(screen.getByRole('button', { name: '删除周日第2段' }));
    expect(seen.mock.lastCall?.[0].weekly.sun).toEqual([['09:00', '17:00']]);
  });

  it('closes a day and hides the week behind 24 hours', async () => {
    const seen = vi.fn();
    render(<Editor initial={{ is24h: false, weekly: { mon: [['09:00', '17:00']] } }} seen={seen} />);
    await userEvent.click(screen.getByRole('checkbox', { name: '周一' }));
    expect(seen).toHaveBeenLastCalledWith({ is24h: false, weekly: { mon: [] } });
    await userEvent.click(screen.getByRole('switch', { name: '24小时营业' }));
    expect(seen.mock.lastCall?.[0].is24h).toBe(true);
    expect(screen.queryByRole('checkbox', { name: '周一' })).not.toBeInTheDocument();
  });
});

describe('hoursProblem', () => {
  it('names what the API would refuse', () => {
    expect(hoursProblem({ is24h: false, weekly: {} })).toBe('请至少设置一天的营业时间，或选择24小时营业');
    expect(hoursProblem({ is24h: false, weekly: { tue: [['08:00', '08:00']] } })).toBe('周二的开始和结束时间不能相同');
    expect(hoursProblem({ is24h: false, weekly: { wed: [['8:00', '20:00']] } })).toBe('周三的时间应为 HH:mm，例如 08:00');
    expect(hoursProblem({ is24h: false, weekly: { fri: [['22:00', '02:00']] } })).toBeNull();
    expect(hoursProblem({ is24h: true, weekly: {} })).toBeNull();
  });
});

describe('StationForm', () => {
  it('refuses a week with no open day before sending', async () => {
    const onSubmit = vi.fn();
    render(
      <StationForm
        submitText="创建驿站"
        onSubmit={onSubmit}
        initial={{
          name: '测试驿站',
          kind: 'courier_station',
          townCode: 'keqiao',
          address: '测试路1号',
          lat: 30.08,
          lng: 120.49,
          amenities: [],
          openingHours: { is24h: false, weekly: { mon: [['08:00', '20:00']] } },
        }}
      />,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: '周一' }));
    fireEvent.submit(screen.getByRole('button', { name: '创建驿站' }).closest('form')!);
    expect(await screen.findByText('请至少设置一天的营业时间，或选择24小时营业')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: '24小时营业' }));
    await userEvent.click(screen.getByRole('button', { name: '创建驿站' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ name: '测试驿站', phone: null, openingHours: { is24h: true, weekly: { mon: [] } } })),
    );
  });
});
