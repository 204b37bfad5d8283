// Generated from specs/xhotelitem/taobao.xhotel.bnbpromo.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbpromo.bind` (自促活动绑定接口). */
export interface TaobaoXhotelBnbpromoBindRequest {
  /** 营销活动code */
  activity_code?: string;
  /** 外部价格信息 */
  rate_infos?: TaobaoXhotelBnbpromoBindPromoRateInfoInput;
  /** 活动入住时间，民宿通用营销必填 */
  check_in_from?: DateInput;
  /** 活动离店时间，民宿通用营销必填 */
  check_out_to?: DateInput;
}

/** Response of `taobao.xhotel.bnbpromo.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbpromoBindResponse {
  /** 营销绑定返回对象 */
  module?: TaobaoXhotelBnbpromoBindPromoBindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PromoRateInfo` of `taobao.xhotel.bnbpromo.bind`. */
export interface TaobaoXhotelBnbpromoBindPromoRateInfoInput {
  /** 外部rp */
  rate_plan_code?: string;
  /** 外部rid */
  out_rid?: string;
}

/** `PromoBindResult` of `taobao.xhotel.bnbpromo.bind`. */
export interface TaobaoXhotelBnbpromoBindPromoBindResult {
  /** 活动是否报名成功 */
  success?: boolean;
  /** 活动失败原因 */
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
  check_in_from: 'Date',
  check_out_to: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: {
    success: 'Boolean',
    error_msg: 'String',
    out_rid: 'String',
    rate_plan_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbpromo.bind`: method, response root, request and response schemas. */
export const taobaoXhotelBnbpromoBindOperation = {
  method: 'taobao.xhotel.bnbpromo.bind',
  responseRoot: 'xhotel_bnbpromo_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自促活动绑定接口 — calls TOP method `taobao.xhotel.bnbpromo.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbpromoBind(
  client: TopClient,
  request: TaobaoXhotelBnbpromoBindRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelBnbpromoBindResponse> {
  return client.call<TaobaoXhotelBnbpromoBindResponse>(
    {
      method: 'taobao.xhotel.bnbpromo.bind',
      responseRoot: 'xhotel_bnbpromo_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
