// Generated from specs/tbrefund/taobao.refund.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.refund.detail.get` (退款详情页渲染). */
export interface TaobaoRefundDetailGetRequest {
  /** 退款编号 */
  refund_id: Int64Input;
  /** 需要返回的字段。目前支持有：allowedOperations,refund_version */
  fields: string;
}

/** Response of `taobao.refund.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRefundDetailGetResponse {
  /** 退款详情 */
  detail?: TaobaoRefundDetailGetRefundDetail;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundDetail` of `taobao.refund.detail.get`. */
export interface TaobaoRefundDetailGetRefundDetail {
  /** 退款版本号 */
  refund_version?: Int64;
  /** 退款当前可以执行的操作 */
  allowed_operations?: TaobaoRefundDetailGetOperation[];
  /** 退款当前不可以执行的操作 */
  not_allowed_operations?: TaobaoRefundDetailGetOperation[];
}

/** `Operation` of `taobao.refund.detail.get`. */
export interface TaobaoRefundDetailGetOperation {
  /** 操作编码 */
  operation_code?: string;
  /** 操作提示文案 */
  tips?: string;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  detail: {
    refund_version: 'Number',
    allowed_operations: [
      {
        operation_code: 'String',
        tips: 'String',
      },
    ],
    not_allowed_operations: [
      {
        operation_code: 'String',
        tips: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.refund.detail.get`: method, response root, request and response schemas. */
export const taobaoRefundDetailGetOperation = {
  method: 'taobao.refund.detail.get',
  responseRoot: 'refund_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 退款详情页渲染 — calls TOP method `taobao.refund.detail.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRefundDetailGet(
  client: TopClient,
  request: TaobaoRefundDetailGetRequest,
  options?: CallOptions,
): Promise<TaobaoRefundDetailGetResponse> {
  return client.call<TaobaoRefundDetailGetResponse>(
    {
      method: 'taobao.refund.detail.get',
      responseRoot: 'refund_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
