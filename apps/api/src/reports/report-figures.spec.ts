import { sumOf } from './report-figures';

describe('sumOf', () => {
  it('adds numbers leaf by leaf, arrays element by element, and keeps the rest from the first row', () => {
    const rows = [
      { name: '柯桥街道', census: { enterprises: 3, joinRate: null }, byProgramme: [{ id: 'a', spent: { month: 1, yearToDate: 5 } }] },
      { name: '华舍街道', census: { enterprises: 4, joinRate: null }, byProgramme: [{ id: 'a', spent: { month: 2, yearToDate: 7 } }] },
    ];
    expect(sumOf(rows)).toEqual({
      name: '柯桥街道',
      census: { enterprises: 7, joinRate: null },
      byProgramme: [{ id: 'a', spent: { month: 3, yearToDate: 12 } }],
    });
  });

  it('sums one row to itself', () => {
    const row = { members: 5, joined: { month: 1, yearToDate: 2 } };
    expect(sumOf([row])).toEqual(row);
  });
});
