import { createClient, type OutgoingRequest } from '@kgh/api-client';
import { ApiError, errorFromResponse, NETWORK_ERROR_MESSAGE } from './errors';
import { accessToken } from './session';

const PREFIX = '/api/v1';
/** A request with no answer after this long counts as a network failure the page offers to retry. */
const TIMEOUT_MS = 20_000;

interface RawRequest {
  method: string;
  url: string;
  header?: Record<string, string>;
  body?: BodyInit;
}

async function sendOnce(request: RawRequest, forceRefresh: boolean): Promise<Response> {
  const token = await accessToken(forceRefresh);
  if (!token) throw new ApiError(401, 'SESSION_ENDED', '登录已失效，请重新登录');
  try {
    return await fetch(request.url, {
      method: request.method,
      headers: { ...request.header, Authorization: `Bearer ${token}` },
      body: request.body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
  }
}

/** Sends with the session's token; a 401 gets one refresh and one more try. Refusals become `ApiError`. */
export async function send(request: RawRequest): Promise<Response> {
  let response = await sendOnce(request, false);
  if (response.status === 401) response = await sendOnce(request, true);
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

async function sendJson(request: OutgoingRequest): Promise<unknown> {
  const hasBody = request.body !== undefined;
  const response = await send({
    method: request.method,
    url: request.url,
    header: { ...request.header, ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
    body: hasBody ? JSON.stringify(request.body) : undefined,
  });
  return response.status === 204 ? undefined : response.json();
}

/** The typed client: paths, parameters and answers are checked against the API's OpenAPI document. */
export const api = createClient(sendJson);

/** Saves what a GET answers (a CSV export) under the server's file name, or `fallbackName`. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await send({ method: 'GET', url: PREFIX + path });
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = encoded ? decodeURIComponent(encoded) : fallbackName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Posts a CSV file as `text/csv` and reads the JSON answer. */
export async function postCsv<T>(path: string, csv: string, query = ''): Promise<T> {
  const response = await send({ method: 'POST', url: PREFIX + path + query, header: { 'Content-Type': 'text/csv; charset=utf-8' }, body: csv });
  return (await response.json()) as T;
}
