import type { components, paths } from './schema';

export type { components, paths };

/** A request body as the API's OpenAPI document declares it, e.g. `Body<'ApplyForMembershipDto'>`. */
export type Body<Name extends keyof components['schemas']> = components['schemas'][Name];

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Every path the API serves, relative to /api/v1, with `{id}` placeholders. */
export type ApiPath = { [P in keyof paths]: P extends `/api/v1${infer Rest}` ? Rest : never }[keyof paths];

export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { field?: string; message: string }[];
}

/** A refusal from the API, carrying its stable `code` and human `message`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }

  get code(): string {
    return this.body.code;
  }
}

/** Fills `{id}`-style placeholders: `pathTo('/benefits/{id}', { id })`. */
export function pathTo(path: ApiPath, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
