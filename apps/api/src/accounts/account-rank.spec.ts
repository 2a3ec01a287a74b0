import { accountRole, mayGrant, rolesOf } from './account-rank';

describe('account rank', () => {
  it('names an account by its highest role', () => {
    expect(accountRole(['admin', 'staff'])).toBe('admin');
    expect(accountRole(['staff'])).toBe('staff');
    expect(accountRole(['provider'])).toBe('provider');
    expect(accountRole(['worker'])).toBeNull();
  });

  it('stores a district admin as staff too', () => {
    expect(rolesOf('admin')).toEqual(['admin', 'staff']);
    expect(rolesOf('provider')).toEqual(['provider']);
  });

  it('never grants a role above the caller', () => {
    expect(mayGrant(['admin', 'staff'], 'admin')).toBe(true);
    expect(mayGrant(['staff'], 'staff')).toBe(true);
    expect(mayGrant(['staff'], 'provider')).toBe(true);
    expect(mayGrant(['staff'], 'admin')).toBe(false);
    expect(mayGrant(['provider'], 'staff')).toBe(false);
    expect(mayGrant(['worker'], 'provider')).toBe(false);
  });
});
