import type { Gender } from '@kgh/shared';
import type { BenefitProgramme } from './benefit-programme.entity';

/** What one claim costs the union in fen: fixed, or by gender (the checkup: 1,200 yuan a man, 1,500 a woman). */
export function claimCostFen(programme: Pick<BenefitProgramme, 'costFen' | 'costFenFemale'>, gender: Gender): number {
  return gender === 'female' && programme.costFenFemale !== null ? programme.costFenFemale : programme.costFen;
}
