// Generated from specs/fundplatform/alibaba.fundplatform.cardorders.status.sended.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.cardorders.status.sended` (制卡商通知实体卡发货完成). */
export interface AlibabaFundplatformCardordersStatusSendedRequest {
  /** 子制卡单ID */
  card_order_id: Int64Input;
  /** 物流单号 */
  logistics_order_id: string;
  /** 物流商名称 */
  logistics_company: string;
}

/** Response of `alibaba.fundplatform.cardorders.status.sended`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformCardordersStatusSendedResponse {
  /** result */
  result?: AlibabaFundplatformCardordersStatusSendedCardMakingInformResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CardMakingInformResponse` of `alibaba.fundplatform.cardorders.status.sended`. */
export interface AlibabaFundplatformCardordersStatusSendedCardMakingInformResponse {
  /** 是否调用成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  card_order_id: 'Number',
  logistics_order_id: 'String',
  logistics_company: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.cardorders.status.sended`: method, response root, request and response schemas. */
export const alibabaFundplatformCardordersStatusSendedOperation = {
  method: 'alibaba.fundplatform.cardorders.status.sended',
  responseRoot: 'alibaba_fundplatform_cardorders_status_sended_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 制卡商通知实体卡发货完成 — calls TOP method `alibaba.fundplatform.cardorders.status.sended`.
 *
 * 当制卡商将实体卡发货完成后，需要调用该接口，通知我们已发货。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformCardordersStatusSended(
  client: TopClient,
  request: AlibabaFundplatformCardordersStatusSendedRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformCardordersStatusSendedResponse> {
  return client.call<AlibabaFundplatformCardordersStatusSendedResponse>(
    {
      method: 'alibaba.fundplatform.cardorders.status.sended',
      responseRoot: 'alibaba_fundplatform_cardorders_status_sended_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
