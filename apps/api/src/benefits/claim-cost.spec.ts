import { claimCostFen } from './claim-cost';

describe('claimCostFen', () => {
  const checkup = { costFen: 120_000, costFenFemale: 150_000 };

  it('charges the checkup 1,200 yuan for a man and 1,500 for a woman', () => {
    expect(claimCostFen(checkup, 'male')).toBe(120_000);
    expect(claimCostFen(checkup, 'female')).toBe(150_000);
  });

  it('charges a fixed cost whatever the gender', () => {
    expect(claimCostFen({ costFen: 100_000, costFenFemale: null }, 'female')).toBe(100_000);
  });
});
