// Generated from specs/xhotelitem/taobao.xhotel.bnbpromo.unbind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbpromo.unbind` (自促活动解绑接口). */
export interface TaobaoXhotelBnbpromoUnbindRequest {
  /** 营销活动code */
  activity_code?: string;
  /** 营销 */
  rate_infos?: TaobaoXhotelBnbpromoUnbindPromoRateInfoInput;
}

/** Response of `taobao.xhotel.bnbpromo.unbind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbpromoUnbindResponse {
  /** 营销解绑返回对象 */
  module?: TaobaoXhotelBnbpromoUnbindPromoBindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PromoRateInfo` of `taobao.xhotel.bnbpromo.unbind`. */
export interface TaobaoXhotelBnbpromoUnbindPromoRateInfoInput {
  /** 外部rp */
  rate_plan_code?: string;
  /** 外部rid */
  out_rid?: string;
}

/** `PromoBindResult` of `taobao.xhotel.bnbpromo.unbind`. */
export interface TaobaoXhotelBnbpromoUnbindPromoBindResult {
  /** 成功或失败 */
  success?: boolean;
  /** 失败信息 */
  error_msg?: string;
  /** 外部rid */
  out_rid?: string;
  /** 外部rp */
  rate_plan_code?: string;
}

const REQUEST_SCHEMA = {
  activity_code: 'String',
  rate_infos: {
    rate_plan_code: 'String',
    out_rid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: {
    success: 'Boolean',
    error_msg: 'String',
    out_rid: 'String',
    rate_plan_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbpromo.unbind`: method, response root, request and response schemas. */
export const taobaoXhotelBnbpromoUnbindOperation = {
  method: 'taobao.xhotel.bnbpromo.unbind',
  responseRoot: 'xhotel_bnbpromo_unbind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自促活动解绑接口 — calls TOP method `taobao.xhotel.bnbpromo.unbind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbpromoUnbind(
  client: TopClient,
  request: TaobaoXhotelBnbpromoUnbindRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelBnbpromoUnbindResponse> {
  return client.call<TaobaoXhotelBnbpromoUnbindResponse>(
    {
      method: 'taobao.xhotel.bnbpromo.unbind',
      responseRoot: 'xhotel_bnbpromo_unbind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
