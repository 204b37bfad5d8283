// Generated from specs/qimen/taobao.qimen.presalespackage.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.presalespackage.consign` (预售预包尾款推单发货). */
export interface TaobaoQimenPresalespackageConsignRequest {
  /** 请求 */
  request: TaobaoQimenPresalespackageConsignPresalesPackageConsignRequestInput;
}

/** Response of `taobao.qimen.presalespackage.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenPresalespackageConsignResponse {
  /** 响应 */
  response?: TaobaoQimenPresalespackageConsignPresalesPackageConsignResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PresalesPackageConsignRequest` of `taobao.qimen.presalespackage.consign`. */
export interface TaobaoQimenPresalespackageConsignPresalesPackageConsignRequestInput {
  /** 货主编码 */
  ownerCode: string;
  /** 外部订单号 */
  orderCode: string;
  /** 支付时间 */
  payTime: string;
  /** 金额(单位为分) */
  totalAmount: Int64Input;
  /** 备注 */
  remark?: string;
  /** 扩展信息Map */
  extendProps?: string;
}

/** `PresalesPackageConsignResponse` of `taobao.qimen.presalespackage.consign`. */
export interface TaobaoQimenPresalespackageConsignPresalesPackageConsignResponse {
  /** 响应结果:success|failure,必填 */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    orderCode: 'String',
    payTime: 'String',
    totalAmount: 'Number',
    remark: 'String',
    extendProps: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.presalespackage.consign`: method, response root, request and response schemas. */
export const taobaoQimenPresalespackageConsignOperation = {
  method: 'taobao.qimen.presalespackage.consign',
  responseRoot: 'qimen_presalespackage_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预售预包尾款推单发货 — calls TOP method `taobao.qimen.presalespackage.consign`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenPresalespackageConsign(
  client: TopClient,
  request: TaobaoQimenPresalespackageConsignRequest,
  options?: CallOptions,
): Promise<TaobaoQimenPresalespackageConsignResponse> {
  return client.call<TaobaoQimenPresalespackageConsignResponse>(
    {
      method: 'taobao.qimen.presalespackage.consign',
      responseRoot: 'qimen_presalespackage_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
