/** An account named where it acted (reviewed, redeemed): its id and display name, nothing more. */
export class AccountRefView {
  id: string;
  displayName: string;
}

/** The reference to an account that acted, or null when there was none (or it is gone). */
export function accountRef(user: { id: string; displayName: string } | null | undefined): AccountRefView | null {
  return user ? { id: user.id, displayName: user.displayName } : null;
}
