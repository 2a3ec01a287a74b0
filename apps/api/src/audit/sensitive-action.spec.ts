import { isSensitiveAction } from './sensitive-action';

describe('isSensitiveAction', () => {
  it('flags reads of whole ID numbers, however named', () => {
    expect(isSensitiveAction('membership.id_number.revealed')).toBe(true);
    expect(isSensitiveAction('member.id_number.read')).toBe(true);
  });

  it('flags reads of a worker’s whole phone in a legal case', () => {
    expect(isSensitiveAction('legal.personal_data.read')).toBe(true);
  });

  it('leaves ordinary changes unflagged', () => {
    expect(isSensitiveAction('membership.application.approved')).toBe(false);
    expect(isSensitiveAction('account.password_reset')).toBe(false);
  });
});
