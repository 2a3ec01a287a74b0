import { fireEvent, render, screen } from '@testing-library/react'
import StationCard from '.'
import { formatDistance } from './format'
import type { Schema } from '@kgh/api-client'

const aStation = (overrides: Partial<Schema<'NearbyStationView'>> = {}): Schema<'NearbyStationView'> => ({
  id: 'st-1',
  name: '柯桥街道职工驿站',
  kind: 'worker_station',
  address: '柯桥街道笛扬路1号',
  lat: 30.09,
  lng: 120.49,
  distanceMeters: 86.4,
  amenities: ['charging', 'water'],
  isOpenNow: true,
  openingHours: { is24h: true, weekly: {} },
  phone: null,
  ...overrides,
})

describe('formatDistance', () => {
  it('says metres under a kilometre and kilometres above', () => {
    expect(formatDistance(86.4)).toBe('86米')
    expect(formatDistance(999)).toBe('999米')
    expect(formatDistance(1000)).toBe('1公里')
    expect(formatDistance(1234)).toBe('1.2公里')
    expect(formatDistance(12_345)).toBe('12公里')
  })
})

describe('StationCard', () => {
  it('shows the distance, the kind and 营业中 for an open station', () => {
    const { container } = render(<StationCard station={aStation()} index={0} onOpen={jest.fn()} />)
    const card = container.querySelector('.station-card')!
    expect(card.getAttribute('data-station-id')).toBe('st-1')
    expect(card.querySelector('.station-card__distance')?.textContent).toBe('86米')
    expect(card.querySelector('.open-badge')?.textContent).toBe('营业中')
    expect(card.textContent).toContain('职工驿站')
  })

  it('shows 已打烊 and kilometres for a closed station further away', () => {
    const { container } = render(
      <StationCard station={aStation({ isOpenNow: false, distanceMeters: 2530 })} index={1} onOpen={jest.fn()} />,
    )
    expect(container.querySelector('.open-badge')?.textContent).toBe('已打烊')
    expect(container.querySelector('.station-card__distance')?.textContent).toBe('2.5公里')
  })

  it('says whether a station kept on the device was open as of when it was kept', () => {
    const { container } = render(<StationCard station={aStation()} index={0} savedAt={Date.now() - 2 * 3600_000} onOpen={jest.fn()} />)
    expect(container.querySelector('.open-badge')?.textContent).toBe('营业中（2小时前）')
  })

  it('lists the amenities in the district order with their Chinese names', () => {
    const { container } = render(<StationCard station={aStation()} index={0} onOpen={jest.fn()} />)
    const chips = Array.from(container.querySelectorAll('.amenity-chip')).map((c) => c.getAttribute('data-amenity'))
    expect(chips).toEqual(['water', 'charging'])
    expect(container.textContent).toContain('饮用水')
    expect(container.textContent).toContain('手机充电')
  })

  it('opens the station when tapped or pressed from a keyboard', () => {
    const onOpen = jest.fn()
    render(<StationCard station={aStation()} index={0} onOpen={onOpen} />)
    const card = screen.getByRole('button', { name: /柯桥街道职工驿站/ })
    fireEvent.click(card)
    fireEvent.keyDown(card, { key: 'Enter' })
    expect(onOpen).toHaveBeenNthCalledWith(2, 'st-1')
  })
})
