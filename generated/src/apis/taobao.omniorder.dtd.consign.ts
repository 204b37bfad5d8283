// Generated from specs/omniorder/taobao.omniorder.dtd.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniorder.dtd.consign` (门店自送发货). */
export interface TaobaoOmniorderDtdConsignRequest {
  /** 淘宝订单主订单号 */
  main_order_id: Int64Input;
  /** 发货对应的商户中心门店ID */
  store_id?: Int64Input;
}

/** Response of `taobao.omniorder.dtd.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniorderDtdConsignResponse {
  /** 错误码，为0表示成功，非0表示失败 */
  result_code?: string;
  /** 错误信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'Number',
  store_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniorder.dtd.consign`: method, response root, request and response schemas. */
export const taobaoOmniorderDtdConsignOperation = {
  method: 'taobao.omniorder.dtd.consign',
  responseRoot: 'omniorder_dtd_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店自送发货 — calls TOP method `taobao.omniorder.dtd.consign`.
 *
 * 该接口触发门店自送发货，推进淘系订单状态为发货，为消费者发送核销码短信，并将物流信息写入订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniorderDtdConsign(
  client: TopClient,
  request: TaobaoOmniorderDtdConsignRequest,
  options?: CallOptions,
): Promise<TaobaoOmniorderDtdConsignResponse> {
  return client.call<TaobaoOmniorderDtdConsignResponse>(
    {
      method: 'taobao.omniorder.dtd.consign',
      responseRoot: 'omniorder_dtd_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
