import { useSyncExternalStore } from 'react';
import { currentUser, subscribe, type SignedInUser } from '../api/session';

/** The signed-in account, re-rendering when the session starts, refreshes or ends. */
export function useSignedInUser(): SignedInUser | null {
  return useSyncExternalStore(subscribe, currentUser);
}
