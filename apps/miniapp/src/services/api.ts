import Taro from '@tarojs/taro'
import { session } from './session'
import type {
  ApiErrorBody,
  AuthTokens,
  BenefitClaim,
  BenefitProgramme,
  BenefitProgrammeDetail,
  MemberCard,
  MembershipApplicationCreated,
  MembershipApplicationInput,
  MembershipStatus,
  NearbyStation,
  NearbyStationsQuery,
  RedemptionCode,
  SmsSendResult,
  StationCheckIn,
  StationDetail,
  StationReportInput,
  Town,
  User,
} from './types'

export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message)
  }
  get code() {
    return this.body.code
  }
  /** Worth sending again unchanged: nothing was decided (no answer, a server fault, or the same request still running). */
  get transient() {
    return this.body.statusCode === 0 || this.body.statusCode >= 500 || this.body.code === 'IDEMPOTENCY_KEY_IN_USE'
  }
}

type Method = 'GET' | 'POST'

interface RequestOptions {
  auth?: boolean
  header?: Record<string, string>
  /** Milliseconds before the request counts as failed (a network error). */
  timeout?: number
}

const LOGIN_PAGE = '/pages/login/index'

async function send<T>(
  method: Method,
  path: string,
  data: unknown,
  auth: boolean,
  { header: extra, timeout }: RequestOptions = {},
): Promise<{ status: number; body: T }> {
  const header: Record<string, string> = { 'Content-Type': 'application/json', ...extra }
  const token = session.accessToken()
  if (auth && token) header.Authorization = `Bearer ${token}`
  try {
    const res = await Taro.request<T>({ url: API_BASE_URL + path, method, data: data ?? undefined, header, timeout })
    return { status: res.statusCode, body: res.data }
  } catch {
    throw new ApiError({ statusCode: 0, code: 'NETWORK_ERROR', message: '网络连接失败，请稍后再试' })
  }
}

let refreshing: Promise<boolean> | null = null

// One refresh at a time: parallel 401s wait for the same attempt.
function refreshTokens(): Promise<boolean> {
  const refreshToken = session.refreshToken()
  if (!refreshToken) return Promise.resolve(false)
  refreshing ??= send<AuthTokens>('POST', '/auth/refresh', { refreshToken }, false)
    .then(({ status, body }) => {
      if (status !== 200) return false
      session.save(body)
      return true
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null
    })
  return refreshing
}

async function request<T>(method: Method, path: string, data?: unknown, options: RequestOptions = {}): Promise<T> {
  const auth = options.auth ?? true
  let res = await send<T>(method, path, data, auth, options)
  if (res.status === 401 && auth) {
    if (await refreshTokens()) res = await send<T>(method, path, data, auth, options)
    if (res.status === 401) {
      session.clear()
      Taro.navigateTo({ url: LOGIN_PAGE })
    }
  }
  if (res.status >= 400) {
    const body = res.body as unknown as Partial<ApiErrorBody>
    throw new ApiError({
      statusCode: res.status,
      code: body?.code ?? 'UNKNOWN',
      message: body?.message ?? `请求失败（${res.status}）`,
      details: body?.details,
    })
  }
  return res.body
}

function signedIn(tokens: AuthTokens): AuthTokens {
  session.save(tokens)
  return tokens
}

/** `?a=1&b=x,y` from the defined values; arrays as comma lists (the API's form for amenities). */
function queryString(params: Record<string, string | number | boolean | readonly string[] | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.map(encodeURIComponent).join(',') : encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

export const api = {
  sendSmsCode: (phone: string) => request<SmsSendResult>('POST', '/auth/sms/send', { phone }, { auth: false }),
  verifySmsCode: (phone: string, code: string) =>
    request<AuthTokens>('POST', '/auth/sms/verify', { phone, code }, { auth: false }).then(signedIn),
  staffLogin: (username: string, password: string) =>
    request<AuthTokens>('POST', '/auth/staff/login', { username, password }, { auth: false }).then(signedIn),
  wechatLogin: (code: string) => request<AuthTokens>('POST', '/auth/wechat', { code }, { auth: false }).then(signedIn),
  me: () => request<User>('GET', '/me'),
  towns: () => request<{ items: Town[] }>('GET', '/orgs/towns', undefined, { auth: false }).then((r) => r.items),
  applyForMembership: (input: MembershipApplicationInput) =>
    request<MembershipApplicationCreated>('POST', '/membership/applications', input),
  membership: () => request<MembershipStatus>('GET', '/membership/me'),
  memberCard: () => request<MemberCard>('GET', '/membership/card'),
  nearbyStations: ({ amenities, ...query }: NearbyStationsQuery) =>
    request<{ items: NearbyStation[] }>('GET', `/stations/nearby${queryString({ ...query, amenities })}`, undefined, { auth: false }).then(
      (r) => r.items,
    ),
  station: (id: string) => request<StationDetail>('GET', `/stations/${encodeURIComponent(id)}`, undefined, { auth: false }),
  checkIn: (stationId: string) => request<StationCheckIn>('POST', `/stations/${encodeURIComponent(stationId)}/check-ins`),
  reportStation: (stationId: string, report: StationReportInput) =>
    request<{ id: string }>('POST', `/stations/${encodeURIComponent(stationId)}/reports`, report),
  benefits: () => request<{ items: BenefitProgramme[] }>('GET', '/benefits').then((r) => r.items),
  benefit: (id: string) => request<BenefitProgrammeDetail>('GET', `/benefits/${encodeURIComponent(id)}`),
  /** One claim attempt; send the same `idempotencyKey` again to retry it without claiming twice. */
  claimBenefit: (programmeId: string, sessionId: string | null, idempotencyKey: string) =>
    request<BenefitClaim>('POST', `/benefits/${encodeURIComponent(programmeId)}/claims`, sessionId ? { sessionId } : {}, {
      header: { 'Idempotency-Key': idempotencyKey },
      timeout: 15_000,
    }),
  myClaims: () => request<{ items: BenefitClaim[] }>('GET', '/claims/me').then((r) => r.items),
  claim: (claimId: string) => request<BenefitClaim>('GET', `/claims/${encodeURIComponent(claimId)}`),
  cancelClaim: (claimId: string) => request<BenefitClaim>('POST', `/claims/${encodeURIComponent(claimId)}/cancel`),
  redemptionCode: (claimId: string) => request<RedemptionCode>('GET', `/claims/${encodeURIComponent(claimId)}/redemption-code`),
  redeem: (code: string) => request<BenefitClaim>('POST', '/redemptions', { code }),
  signOut: () => session.clear(),
}
