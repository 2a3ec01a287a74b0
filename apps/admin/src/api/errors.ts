import type { ApiErrorBody } from '@kgh/api-client';

/** A refusal from the API, or no answer at all (`status` 0): the message is for people, `code` for branching. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorBody['details'] = [],
  ) {
    super(message);
  }

  /** Nothing was decided (no answer, a server fault or an outage): the same request may be sent again. */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export const NETWORK_ERROR_MESSAGE = '网络连接失败，请检查网络后重试';

/** The API's error body, or a generic message when the answer was not one (a proxy page, say). */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  if (body && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(response.status, body.code, body.message, body.details);
  }
  return new ApiError(response.status, 'UNEXPECTED_ANSWER', response.status >= 500 ? '服务暂时不可用，请稍后重试' : `请求失败（${response.status}）`);
}

/** What to show a person for any failure. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return NETWORK_ERROR_MESSAGE;
}
