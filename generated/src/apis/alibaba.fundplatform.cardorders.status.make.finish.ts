// Generated from specs/fundplatform/alibaba.fundplatform.cardorders.status.make.finish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.cardorders.status.make.finish` (制卡商通知制卡完成). */
export interface AlibabaFundplatformCardordersStatusMakeFinishRequest {
  /** 子制卡单ID */
  card_order_id: Int64Input;
}

/** Response of `alibaba.fundplatform.cardorders.status.make.finish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformCardordersStatusMakeFinishResponse {
  /** result */
  result?: AlibabaFundplatformCardordersStatusMakeFinishCardMakingInformResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CardMakingInformResponse` of `alibaba.fundplatform.cardorders.status.make.finish`. */
export interface AlibabaFundplatformCardordersStatusMakeFinishCardMakingInformResponse {
  /** 是否调用成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  card_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.cardorders.status.make.finish`: method, response root, request and response schemas. */
export const alibabaFundplatformCardordersStatusMakeFinishOperation = {
  method: 'alibaba.fundplatform.cardorders.status.make.finish',
  responseRoot: 'alibaba_fundplatform_cardorders_status_make_finish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 制卡商通知制卡完成 — calls TOP method `alibaba.fundplatform.cardorders.status.make.finish`.
 *
 * 当制卡完成后，制卡商需要调用该接口，通知我们制卡已完成。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformCardordersStatusMakeFinish(
  client: TopClient,
  request: AlibabaFundplatformCardordersStatusMakeFinishRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformCardordersStatusMakeFinishResponse> {
  return client.call<AlibabaFundplatformCardordersStatusMakeFinishResponse>(
    {
      method: 'alibaba.fundplatform.cardorders.status.make.finish',
      responseRoot: 'alibaba_fundplatform_cardorders_status_make_finish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
