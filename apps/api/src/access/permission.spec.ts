import { Permission, reachesOf } from './permission';

describe('reachesOf', () => {
  it('gives the district admin every record, widest reach first', () => {
    expect(reachesOf(['admin', 'staff'], Permission.ApplicationReview)).toEqual(['all', 'subtree']);
  });

  it('gives town staff their subtree and a provider only its linked programmes', () => {
    expect(reachesOf(['staff'], Permission.ClaimRedeem)).toEqual(['subtree']);
    expect(reachesOf(['provider'], Permission.ClaimRedeem)).toEqual(['linked']);
  });

  it('gives a worker or a provider no staff permission at all', () => {
    expect(reachesOf(['worker'], Permission.StationManage)).toEqual([]);
    expect(reachesOf(['provider'], Permission.ProgrammeManage)).toEqual([]);
  });

  it('gives a mediator only the cases assigned to them, and neither the queue nor triage', () => {
    expect(reachesOf(['mediator'], Permission.LegalCaseWork)).toEqual(['assigned']);
    expect(reachesOf(['mediator'], Permission.LegalQueueRead)).toEqual([]);
    expect(reachesOf(['mediator'], Permission.LegalCaseTriage)).toEqual([]);
    expect(reachesOf(['worker'], Permission.LegalRequestOwn)).toEqual(['owner']);
    expect(reachesOf(['worker'], Permission.LegalCaseWork)).toEqual([]);
  });
});
