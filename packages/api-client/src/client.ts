// A thin typed client over the document's `paths`: the path, its parameters, body and answer are
// checked against the generated types, and any transport (Taro.request, fetch, supertest) sends it.
import type { paths } from './schema';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Operation {
  parameters: object;
  responses: object;
}

/** The paths that have this method. */
export type PathsWith<M extends Method> = { [P in keyof paths]: paths[P] extends Record<M, Operation> ? P : never }[keyof paths];

export type OperationOf<P extends keyof paths, M extends Method> = paths[P] extends Record<M, infer O> ? O : never;

type Part<O, K extends 'path' | 'query' | 'header'> = O extends { parameters: Record<K, infer T> }
  ? { [Q in K]: T }
  : O extends { parameters: Partial<Record<K, infer T>> }
    ? [T] extends [undefined]
      ? unknown
      : { [Q in K]?: T }
    : unknown;

type BodyPart<O> = O extends { requestBody: { content: infer C } }
  ? { body: C[keyof C] }
  : O extends { requestBody?: { content: infer C } }
    ? { body?: C[keyof C] }
    : unknown;

/** What a call of the operation takes: `path`, `query` and `header` parameters and the `body`, as the document requires. */
export type RequestOf<O> = Part<O, 'path'> & Part<O, 'query'> & Part<O, 'header'> & BodyPart<O>;

type SuccessStatus = 200 | 201 | 202 | 204;

/** The body of the operation's 2xx answer (undefined for 204). */
export type AnswerOf<O> = O extends { responses: infer R }
  ? {
      [S in keyof R & SuccessStatus]: R[S] extends { content: { 'application/json': infer B } }
        ? B
        : R[S] extends { content: { [type: string]: infer B } }
          ? B
          : undefined;
    }[keyof R & SuccessStatus]
  : never;

/** One request, ready to send: the path with its parameters filled in and the query string appended. */
export interface OutgoingRequest {
  method: Uppercase<Method>;
  /** As in the document, e.g. `/api/v1/claims/abc?page=1`. */
  url: string;
  header: Record<string, string>;
  body?: unknown;
}

/** Sends a request and resolves to the 2xx body, or rejects (the transport decides how errors look). */
export type Transport = (request: OutgoingRequest) => Promise<unknown>;

type Args<O> = object extends RequestOf<O> ? [request?: RequestOf<O>] : [request: RequestOf<O>];

type Call<M extends Method> = <P extends PathsWith<M>>(path: P, ...args: Args<OperationOf<P, M>>) => Promise<AnswerOf<OperationOf<P, M>>>;

export interface Client {
  GET: Call<'get'>;
  POST: Call<'post'>;
  PUT: Call<'put'>;
  PATCH: Call<'patch'>;
  DELETE: Call<'delete'>;
}

type Scalar = string | number | boolean;

/** `?a=1&b=x,y` from the defined values; lists as comma lists (the API's form for amenities). */
export function queryString(query: Record<string, Scalar | readonly Scalar[] | null | undefined> = {}): string {
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => {
      const text = Array.isArray(value) ? value.map((v) => encodeURIComponent(String(v))).join(',') : encodeURIComponent(String(value));
      return `${encodeURIComponent(key)}=${text}`;
    });
  return parts.length ? `?${parts.join('&')}` : '';
}

function fillPath(template: string, values: Record<string, Scalar> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (values[name] === undefined) throw new Error(`missing path parameter ${name} for ${template}`);
    return encodeURIComponent(String(values[name]));
  });
}

interface LooseRequest {
  path?: Record<string, Scalar>;
  query?: Record<string, Scalar | readonly Scalar[] | null | undefined>;
  header?: Record<string, string>;
  body?: unknown;
}

export function createClient(transport: Transport): Client {
  const call =
    (method: Uppercase<Method>) =>
    (path: string, request: LooseRequest = {}): Promise<unknown> =>
      transport({ method, url: fillPath(path, request.path) + queryString(request.query), header: { ...request.header }, body: request.body });
  // The typed signatures above are the contract; the loose implementation only fills in the URL.
  return { GET: call('GET'), POST: call('POST'), PUT: call('PUT'), PATCH: call('PATCH'), DELETE: call('DELETE') } as unknown as Client;
}
