import Taro from '@tarojs/taro'
import {
  createClient,
  type ApiErrorBody,
  type OutgoingRequest,
  type RequestOf,
  type OperationOf,
  type Schema,
  type Transport,
} from '@kgh/api-client'
import { ErrorCode } from '@kgh/shared'
import type { TownCode } from '@kgh/shared'
import { session } from './session'

/** Codes the client gives itself, for answers that never came or came without the error shape. */
export const ClientErrorCode = {
  Network: 'NETWORK_ERROR',
  Unknown: 'UNKNOWN',
} as const
type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode]

export type ApiErrorCode = ErrorCode | ClientErrorCode

export interface ApiFailure extends Omit<ApiErrorBody, 'code'> {
  code: ApiErrorCode
}

export class ApiError extends Error {
  constructor(readonly body: ApiFailure) {
    super(body.message)
  }
  get code(): ApiErrorCode {
    return this.body.code
  }
  /** Worth sending again unchanged: nothing was decided (no answer, a server fault, or the same request still running). */
  get transient() {
    return this.body.statusCode === 0 || this.body.statusCode >= 500 || this.body.code === ErrorCode.IdempotencyKeyInUse
  }
}

const LOGIN_PAGE = '/pages/login/index'
// The document's paths carry the global prefix; API_BASE_URL ends with it already.
const PREFIX = '/api/v1'

interface SendOptions {
  auth: boolean
  /** Milliseconds before the request counts as failed (a network error). */
  timeout?: number
}

async function send(request: OutgoingRequest, { auth, timeout }: SendOptions): Promise<{ status: number; body: unknown }> {
  const header: Record<string, string> = { 'Content-Type': 'application/json', ...request.header }
  const token = session.accessToken()
  if (auth && token) header.Authorization = `Bearer ${token}`
  try {
    const url = API_BASE_URL + request.url.slice(PREFIX.length)
    const res = await Taro.request({ url, method: request.method, data: request.body ?? undefined, header, timeout })
    return { status: res.statusCode, body: res.data }
  } catch {
    throw new ApiError({ statusCode: 0, code: ClientErrorCode.Network, message: '网络连接失败，请稍后再试' })
  }
}

let refreshing: Promise<boolean> | null = null
let sentToLogin = false

// One refresh at a time: parallel 401s wait for the same attempt.
function refreshTokens(): Promise<boolean> {
  const refreshToken = session.refreshToken()
  if (!refreshToken) return Promise.resolve(false)
  refreshing ??= send({ method: 'POST', url: `${PREFIX}/auth/refresh`, header: {}, body: { refreshToken } }, { auth: false })
    .then(({ status, body }) => {
      if (status !== 200) return false
      session.save(body as Schema<'SessionTokensView'>)
      return true
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null
    })
  return refreshing
}

/** Signed out for good: clear the session and open the login page once, however many requests failed together. */
function toLogin() {
  session.clear()
  if (sentToLogin) return
  sentToLogin = true
  void Promise.resolve(Taro.navigateTo({ url: LOGIN_PAGE })).finally(() => {
    sentToLogin = false
  })
}

function failure(status: number, body: unknown): ApiError {
  const error = (body ?? {}) as Partial<ApiErrorBody>
  return new ApiError({
    statusCode: status,
    code: (error.code as ApiErrorCode | undefined) ?? ClientErrorCode.Unknown,
    message: error.message ?? `请求失败（${status}）`,
    details: error.details,
  })
}

/** Sends with this call's options (`auth: false` for sign-in and public pages), refreshing the session on a 401. */
function transport(options: SendOptions = { auth: true }): Transport {
  return async (request) => {
    let res = await send(request, options)
    if (res.status === 401 && options.auth) {
      if (await refreshTokens()) res = await send(request, options)
      if (res.status === 401) toLogin()
    }
    if (res.status >= 400) throw failure(res.status, res.body)
    return res.body
  }
}

/** A typed client for this call's options. */
function client(options: SendOptions = { auth: true }) {
  return createClient(transport(options))
}

const signedIn = client()
const anonymous = client({ auth: false })

function started(tokens: Schema<'SessionTokensView'>) {
  session.save(tokens)
  return tokens
}

// Lists the mini-app shows whole are asked for in one page of the largest size the API allows.
const WHOLE_LIST = { page: 1, pageSize: 100 }

export type NearbyStationsQuery = RequestOf<OperationOf<'/api/v1/stations/nearby', 'get'>>['query']

export const api = {
  sendSmsCode: (phone: string) => anonymous.POST('/api/v1/auth/sms/send', { body: { phone } }),
  verifySmsCode: (phone: string, code: string) =>
    anonymous
      .POST('/api/v1/auth/sms/verify', { body: { phone, code } })
      .then(started)
      .then((tokens) => {
        session.rememberSignInPhone(phone)
        return tokens
      }),
  staffLogin: (username: string, password: string) =>
    anonymous.POST('/api/v1/auth/staff/login', { body: { username, password } }).then(started),
  wechatLogin: (code: string) => anonymous.POST('/api/v1/auth/wechat', { body: { code } }).then(started),
  me: () => signedIn.GET('/api/v1/me'),
  /** Who is signed in on this device, or null without asking when nobody is. */
  signedInUser: (): Promise<Schema<'UserView'> | null> => (session.isSignedIn() ? api.me() : Promise.resolve(null)),
  towns: () => anonymous.GET('/api/v1/orgs/towns', { query: WHOLE_LIST }).then((page) => page.items),
  /** Census enterprises whose name or brand matches `q`, in `townCode` when given. */
  searchEnterprises: (q: string, townCode?: TownCode) =>
    anonymous.GET('/api/v1/enterprises/search', { query: { q, townCode } }).then((answer) => answer.items),
  applyForMembership: (input: Schema<'ApplyForMembershipDto'>) => signedIn.POST('/api/v1/membership/applications', { body: input }),
  membership: () => signedIn.GET('/api/v1/membership/me'),
  memberCard: () => signedIn.GET('/api/v1/membership/card'),
  nearbyStations: (query: NearbyStationsQuery) => anonymous.GET('/api/v1/stations/nearby', { query }).then((page) => page.items),
  station: (id: string) => anonymous.GET('/api/v1/stations/{id}', { path: { id } }),
  checkIn: (stationId: string) => signedIn.POST('/api/v1/stations/{id}/check-ins', { path: { id: stationId } }),
  reportStation: (stationId: string, report: Schema<'ReportStationDto'>) =>
    signedIn.POST('/api/v1/stations/{id}/reports', { path: { id: stationId }, body: report }),
  benefits: () => signedIn.GET('/api/v1/benefits', { query: WHOLE_LIST }).then((page) => page.items),
  benefit: (id: string) => signedIn.GET('/api/v1/benefits/{id}', { path: { id } }),
  /** One claim attempt; send the same `idempotencyKey` again to retry it without claiming twice. */
  claimBenefit: (programmeId: string, sessionId: string | null, idempotencyKey: string) =>
    client({ auth: true, timeout: 15_000 }).POST('/api/v1/benefits/{id}/claims', {
      path: { id: programmeId },
      header: { 'Idempotency-Key': idempotencyKey },
      body: sessionId ? { sessionId } : {},
    }),
  myClaims: () => signedIn.GET('/api/v1/claims/me', { query: WHOLE_LIST }).then((page) => page.items),
  claim: (claimId: string) => signedIn.GET('/api/v1/claims/{id}', { path: { id: claimId } }),
  cancelClaim: (claimId: string) => signedIn.POST('/api/v1/claims/{id}/cancel', { path: { id: claimId } }),
  redemptionCode: (claimId: string) => signedIn.GET('/api/v1/claims/{id}/redemption-code', { path: { id: claimId } }),
  /** Whose claim a scanned `code` or read-out `shortCode` is, and what redeeming it would meet; nothing is written. */
  redemptionPreview: (read: Schema<'RedemptionCodeDto'>) => signedIn.POST('/api/v1/redemptions/preview', { body: read }),
  redeem: (read: Schema<'RedemptionCodeDto'>) => signedIn.POST('/api/v1/redemptions', { body: read }),
  verifyCard: (payload: string) => signedIn.POST('/api/v1/membership/card/verify', { body: { payload } }),
  askForLegalHelp: (input: Schema<'CreateLegalRequestDto'>) => signedIn.POST('/api/v1/legal/requests', { body: input }),
  myLegalRequests: () => signedIn.GET('/api/v1/legal/requests/me').then((answer) => answer.items),
  legalRequest: (id: string) => signedIn.GET('/api/v1/legal/requests/{id}', { path: { id } }),
  addLegalNote: (id: string, text: string) => signedIn.POST('/api/v1/legal/requests/{id}/notes', { path: { id }, body: { text } }),
  withdrawLegalRequest: (id: string) => signedIn.POST('/api/v1/legal/requests/{id}/withdraw', { path: { id }, body: {} }),
  signOut: () => session.signOut(),
}
