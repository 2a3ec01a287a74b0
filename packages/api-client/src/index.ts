import type { components, paths } from './schema';

export type { components, paths };
export { createClient, queryString } from './client';
export type { AnswerOf, Client, Method, OperationOf, OutgoingRequest, PathsWith, RequestOf, Transport } from './client';

/** A named schema of the OpenAPI document, e.g. `Schema<'ClaimView'>` or `Schema<'ClaimStatus'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** A request body as the API's OpenAPI document declares it, e.g. `Body<'ApplyForMembershipDto'>`. */
export type Body<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Every refusal from the API has this shape (api.md); clients branch on `code`. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: { field?: string; message: string }[];
}
