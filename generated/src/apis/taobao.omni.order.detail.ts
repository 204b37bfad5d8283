// Generated from specs/omniorder/taobao.omni.order.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omni.order.detail` (全渠道订单详情). */
export interface TaobaoOmniOrderDetailRequest {
  /** 订单id */
  order_id: Int64Input;
}

/** Response of `taobao.omni.order.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniOrderDetailResponse {
  /** 结果 */
  result?: TaobaoOmniOrderDetailResultDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDO` of `taobao.omni.order.detail`. */
export interface TaobaoOmniOrderDetailResultDO {
  /** 订单详情 */
  data?: TaobaoOmniOrderDetailOrderDetailDTO;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: Int64;
  /** 错误信息 */
  err_msg?: string;
}

/** `OrderDetailDTO` of `taobao.omni.order.detail`. */
export interface TaobaoOmniOrderDetailOrderDetailDTO {
  /** 取件信息 */
  pick_up_infos?: TaobaoOmniOrderDetailContent[];
}

/** `Content` of `taobao.omni.order.detail`. */
export interface TaobaoOmniOrderDetailContent {
  /** 取件码 */
  key?: string;
  /** 取件码的值 */
  value?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      pick_up_infos: [
        {
          key: 'String',
          value: 'String',
        },
      ],
    },
    success: 'Boolean',
    err_code: 'Number',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omni.order.detail`: method, response root, request and response schemas. */
export const taobaoOmniOrderDetailOperation = {
  method: 'taobao.omni.order.detail',
  responseRoot: 'omni_order_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全渠道订单详情 — calls TOP method `taobao.omni.order.detail`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniOrderDetail(
  client: TopClient,
  request: TaobaoOmniOrderDetailRequest,
  options?: CallOptions,
): Promise<TaobaoOmniOrderDetailResponse> {
  return client.call<TaobaoOmniOrderDetailResponse>(
    {
      method: 'taobao.omni.order.detail',
      responseRoot: 'omni_order_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
