// Generated from specs/logistic/taobao.nextone.logistics.sign.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.nextone.logistics.sign.update` (AG物流签收状态写接口). */
export interface TaobaoNextoneLogisticsSignUpdateRequest {
  /** 退款编号 */
  refund_id: Int64Input;
  /** 货物签收状态 */
  sign_status: Int64Input;
}

/** Response of `taobao.nextone.logistics.sign.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoNextoneLogisticsSignUpdateResponse {
  /** 结果 */
  result?: TaobaoNextoneLogisticsSignUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.nextone.logistics.sign.update`. */
export interface TaobaoNextoneLogisticsSignUpdateResult {
  /** 返回数据 */
  result_data?: string;
  /** 错误信息 */
  error_info?: string;
  /** 错误码 */
  error_code?: string;
  /** 成功失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  refund_id: 'Number',
  sign_status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: 'String',
    error_info: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.nextone.logistics.sign.update`: method, response root, request and response schemas. */
export const taobaoNextoneLogisticsSignUpdateOperation = {
  method: 'taobao.nextone.logistics.sign.update',
  responseRoot: 'nextone_logistics_sign_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AG物流签收状态写接口 — calls TOP method `taobao.nextone.logistics.sign.update`.
 *
 * 商家上传退货的签收状态给AG
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoNextoneLogisticsSignUpdate(
  client: TopClient,
  request: TaobaoNextoneLogisticsSignUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoNextoneLogisticsSignUpdateResponse> {
  return client.call<TaobaoNextoneLogisticsSignUpdateResponse>(
    {
      method: 'taobao.nextone.logistics.sign.update',
      responseRoot: 'nextone_logistics_sign_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
