import { fireEvent, render } from '@testing-library/react'
import StationMap from '.'
import { project, scaleBar } from './project'

const centre = { lat: 30.09, lng: 120.49 }
const marker = (container: HTMLElement, id: string) => {
  const el = container.querySelector(`.station-marker[data-station-id="${id}"]`) as HTMLElement
  return { left: parseFloat(el.style.left), top: parseFloat(el.style.top) }
}

describe('project', () => {
  it('puts north up and east right, with the centre in the middle', () => {
    const { points } = project([centre, { lat: 30.1, lng: 120.5 }, { lat: 30.08, lng: 120.48 }], centre, 1)
    const [middle, northEast, southWest] = points
    expect(middle).toEqual({ left: 50, top: 50 })
    expect(northEast.left).toBeGreaterThan(50)
    expect(northEast.top).toBeLessThan(50)
    expect(southWest.left).toBeLessThan(50)
    expect(southWest.top).toBeGreaterThan(50)
  })

  it('keeps every point inside the box and the same metres per pixel both ways', () => {
    // 0.01° of latitude is ~1113 m; 0.01° of longitude at 30°N is ~964 m.
    const { points } = project([centre, { lat: 30.1, lng: 120.49 }, { lat: 30.09, lng: 120.5 }], centre, 1)
    for (const p of points) {
      expect(p.left).toBeGreaterThanOrEqual(0)
      expect(p.left).toBeLessThanOrEqual(100)
      expect(p.top).toBeGreaterThanOrEqual(0)
      expect(p.top).toBeLessThanOrEqual(100)
    }
    const north = 50 - points[1].top
    const east = points[2].left - 50
    expect(east / north).toBeCloseTo(Math.cos((30.09 * Math.PI) / 180), 3)
  })

  it('chooses a round scale bar', () => {
    expect(scaleBar(4000).metres).toBe(1000)
    expect(scaleBar(4000).widthPercent).toBe(25)
  })
})

describe('StationMap on H5', () => {
  const stations = [
    { id: 'north', name: '北边驿站', lat: 30.1, lng: 120.49, isOpenNow: true },
    { id: 'east', name: '东边驿站', lat: 30.09, lng: 120.51, isOpenNow: false },
    { id: 'south-west', name: '西南驿站', lat: 30.08, lng: 120.47, isOpenNow: true },
  ]

  it('draws our own map with markers placed relative to the user, north up and east right', () => {
    const { container } = render(<StationMap stations={stations} user={centre} centre={centre} onOpen={jest.fn()} />)
    expect(container.querySelector('#stations-map')).not.toBeNull()
    const user = container.querySelector('.station-map__user') as HTMLElement
    const me = { left: parseFloat(user.style.left), top: parseFloat(user.style.top) }
    const north = marker(container, 'north')
    const east = marker(container, 'east')
    const southWest = marker(container, 'south-west')

    expect(north.top).toBeLessThan(me.top)
    expect(north.left).toBeCloseTo(me.left, 5)
    expect(east.left).toBeGreaterThan(me.left)
    expect(east.top).toBeCloseTo(me.top, 5)
    expect(southWest.left).toBeLessThan(me.left)
    expect(southWest.top).toBeGreaterThan(me.top)
  })

  it('tells open from closed stations and opens a station when its marker is tapped', () => {
    const onOpen = jest.fn()
    const { container } = render(<StationMap stations={stations} user={centre} centre={centre} onOpen={onOpen} />)
    expect(container.querySelector('[data-station-id="east"]')?.className).toContain('station-marker--closed')
    fireEvent.click(container.querySelector('[data-station-id="north"]')!)
    expect(onOpen).toHaveBeenCalledWith('north')
  })
})
