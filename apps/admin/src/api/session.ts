import type { Schema } from '@kgh/api-client';
import { ApiError, errorFromResponse, NETWORK_ERROR_MESSAGE } from './errors';

export type SignedInUser = Schema<'UserView'>;
type Tokens = Schema<'SessionTokensView'>;

interface SessionState {
  user: SignedInUser;
  refreshToken: string;
  accessToken: string | null;
  /** When the access token stops working, in ms since the epoch. */
  accessExpiresAt: number;
}

// The refresh token lives for this tab only (sessionStorage): a reload keeps the session, closing the
// tab ends it, and two tabs never spend each other's single-use refresh token.
const STORAGE_KEY = 'kgh-admin-session';
/** Refresh this long before the access token expires, so an open page never meets a 401. */
const REFRESH_MARGIN_MS = 60_000;

let state: SessionState | null = restore();
let refreshing: Promise<string | null> | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function restore(): SessionState | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Pick<SessionState, 'user' | 'refreshToken'> | null;
    return saved ? { ...saved, accessToken: null, accessExpiresAt: 0 } : null;
  } catch {
    return null;
  }
}

function save(next: SessionState | null): void {
  state = next;
  if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ user: next.user, refreshToken: next.refreshToken }));
  else sessionStorage.removeItem(STORAGE_KEY);
  clearTimeout(refreshTimer);
  if (next?.accessToken) {
    refreshTimer = setTimeout(() => void refreshNow(), Math.max(next.accessExpiresAt - Date.now() - REFRESH_MARGIN_MS, 5_000));
  }
  listeners.forEach((listener) => listener());
}

function adopt(tokens: Tokens): void {
  save({ user: tokens.user, refreshToken: tokens.refreshToken, accessToken: tokens.accessToken, accessExpiresAt: Date.now() + tokens.expiresIn * 1000 });
}

async function postJson(path: string, body: unknown): Promise<Response> {
  try {
    return await fetch(`/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
  }
}

export async function signIn(username: string, password: string): Promise<SignedInUser> {
  const response = await postJson('/auth/staff/login', { username, password });
  if (!response.ok) throw await errorFromResponse(response);
  const tokens = (await response.json()) as Tokens;
  if (tokens.user.roles.every((role) => role === 'worker')) throw new ApiError(403, 'NOT_STAFF', '该账号不是工会工作人员账号');
  adopt(tokens);
  return tokens.user;
}

/** Ends the session here and on the server (the refresh token is spent); the page returns to sign-in. */
export function signOut(): void {
  const refreshToken = state?.refreshToken;
  save(null);
  if (refreshToken) void postJson('/auth/logout', { refreshToken }).catch(() => undefined);
}

/** A new token pair; null when the session is over (signed out elsewhere, disabled, expired). */
function refreshNow(): Promise<string | null> {
  refreshing ??= (async () => {
    const refreshToken = state?.refreshToken;
    if (!refreshToken) return null;
    const response = await postJson('/auth/refresh', { refreshToken });
    if (response.status === 401 || response.status === 403) {
      save(null);
      return null;
    }
    if (!response.ok) throw await errorFromResponse(response);
    adopt((await response.json()) as Tokens);
    return state?.accessToken ?? null;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** A working access token, refreshed first when it is missing or about to expire. */
export async function accessToken(forceRefresh = false): Promise<string | null> {
  if (!state) return null;
  if (!forceRefresh && state.accessToken && state.accessExpiresAt - Date.now() > 10_000) return state.accessToken;
  return refreshNow();
}

export function currentUser(): SignedInUser | null {
  return state?.user ?? null;
}

/** Keep the shown name and must-change flag in step with the server (after a password change, say). */
export function updateUser(user: SignedInUser): void {
  if (state) save({ ...state, user });
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
