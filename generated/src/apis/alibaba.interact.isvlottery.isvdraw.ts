// Generated from specs/interact/alibaba.interact.isvlottery.isvdraw.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.isvlottery.isvdraw` (天猫奖池鉴权接口). */
export interface AlibabaInteractIsvlotteryIsvdrawRequest {}

/** Response of `alibaba.interact.isvlottery.isvdraw`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractIsvlotteryIsvdrawResponse {
  /** 无用参数 */
  stub?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  stub: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.isvlottery.isvdraw`: method, response root, request and response schemas. */
export const alibabaInteractIsvlotteryIsvdrawOperation = {
  method: 'alibaba.interact.isvlottery.isvdraw',
  responseRoot: 'alibaba_interact_isvlottery_isvdraw_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫奖池鉴权接口 — calls TOP method `alibaba.interact.isvlottery.isvdraw`.
 *
 * 鉴权接口，为tida.isvdraw接口鉴权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractIsvlotteryIsvdraw(
  client: TopClient,
  request: AlibabaInteractIsvlotteryIsvdrawRequest = {},
  options?: CallOptions,
): Promise<AlibabaInteractIsvlotteryIsvdrawResponse> {
  return client.call<AlibabaInteractIsvlotteryIsvdrawResponse>(
    {
      method: 'alibaba.interact.isvlottery.isvdraw',
      responseRoot: 'alibaba_interact_isvlottery_isvdraw_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
