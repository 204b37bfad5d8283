// Generated from specs/uscesl/taobao.uscesl.biz.light.up.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.biz.light.up` (价签LED等点亮). */
export interface TaobaoUsceslBizLightUpRequest {
  /** 价签条码 */
  esl_bar_code: string;
  /** 亮灯颜色，绿：值为2；红：值为4 */
  led_color: string;
  /** 亮灯时长，单位：秒，最大长度3600秒 */
  light_up_time: Int64Input;
  /** 门店ID */
  store_id: Int64Input;
  /** 商家编号 */
  biz_brand_key: string;
}

/** Response of `taobao.uscesl.biz.light.up`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslBizLightUpResponse {
  /** 接口返回model */
  result?: TaobaoUsceslBizLightUpResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.uscesl.biz.light.up`. */
export interface TaobaoUsceslBizLightUpResult {
  /** 执行结果true或者false */
  target?: string;
  /** 返回执行码，>=0表示成功 */
  return_code?: Int64;
  /** 错误编码 */
  business_code?: string;
  /** 错误描述 */
  message?: string;
  /** true或者false */
  is_success?: string;
}

const REQUEST_SCHEMA = {
  esl_bar_code: 'String',
  led_color: 'String',
  light_up_time: 'Number',
  store_id: 'Number',
  biz_brand_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    target: 'String',
    return_code: 'Number',
    business_code: 'String',
    message: 'String',
    is_success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.biz.light.up`: method, response root, request and response schemas. */
export const taobaoUsceslBizLightUpOperation = {
  method: 'taobao.uscesl.biz.light.up',
  responseRoot: 'uscesl_biz_light_up_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 价签LED等点亮 — calls TOP method `taobao.uscesl.biz.light.up`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslBizLightUp(
  client: TopClient,
  request: TaobaoUsceslBizLightUpRequest,
  options?: CallOptions,
): Promise<TaobaoUsceslBizLightUpResponse> {
  return client.call<TaobaoUsceslBizLightUpResponse>(
    {
      method: 'taobao.uscesl.biz.light.up',
      responseRoot: 'uscesl_biz_light_up_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
