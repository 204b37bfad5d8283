// Generated from specs/film/taobao.film.tfbackyard.cardschedule.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.film.tfbackyard.cardschedule.update` (CGV影城卡排期数据传输). */
export interface TaobaoFilmTfbackyardCardscheduleUpdateRequest {
  /** CGV影城卡价格数据 */
  json_data: string;
}

/** Response of `taobao.film.tfbackyard.cardschedule.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFilmTfbackyardCardscheduleUpdateResponse {
  /** result */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  json_data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.film.tfbackyard.cardschedule.update`: method, response root, request and response schemas. */
export const taobaoFilmTfbackyardCardscheduleUpdateOperation = {
  method: 'taobao.film.tfbackyard.cardschedule.update',
  responseRoot: 'film_tfbackyard_cardschedule_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * CGV影城卡排期数据传输 — calls TOP method `taobao.film.tfbackyard.cardschedule.update`.
 *
 * cgv影城卡排期价格数据传输API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFilmTfbackyardCardscheduleUpdate(
  client: TopClient,
  request: TaobaoFilmTfbackyardCardscheduleUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoFilmTfbackyardCardscheduleUpdateResponse> {
  return client.call<TaobaoFilmTfbackyardCardscheduleUpdateResponse>(
    {
      method: 'taobao.film.tfbackyard.cardschedule.update',
      responseRoot: 'film_tfbackyard_cardschedule_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
