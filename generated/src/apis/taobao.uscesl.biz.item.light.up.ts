// Generated from specs/uscesl/taobao.uscesl.biz.item.light.up.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.biz.item.light.up` (商品条码亮灯API). */
export interface TaobaoUsceslBizItemLightUpRequest {
  /** 商品条码 */
  item_bar_code?: string;
  /** 亮灯颜色，绿：值为2；红：值为4 */
  led_color?: string;
  /** 亮灯时长，单位：秒，最大长度3600秒 */
  light_up_time?: Int64Input;
  /** 门店编号 */
  store_id?: Int64Input;
  /** 商家编号 */
  biz_brand_key?: string;
}

/** Response of `taobao.uscesl.biz.item.light.up`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslBizItemLightUpResponse {
  /** 接口返回model */
  result?: TaobaoUsceslBizItemLightUpResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.uscesl.biz.item.light.up`. */
export interface TaobaoUsceslBizItemLightUpResult {
  /** 返回码 */
  return_code?: string;
  /** message */
  message?: string;
  /** 业务错误码 */
  business_code?: string;
  /** true或false */
  is_success?: boolean;
  /** true或false */
  target?: TaobaoUsceslBizItemLightUpLightResultInfoBo;
}

/** `LightResultInfoBo` of `taobao.uscesl.biz.item.light.up`. */
export interface TaobaoUsceslBizItemLightUpLightResultInfoBo {
  /** 成功数量 */
  success_count?: Int64;
  /** 失败数量 */
  fail_count?: Int64;
  /** 通知消息 */
  notify_message?: string;
}

const REQUEST_SCHEMA = {
  item_bar_code: 'String',
  led_color: 'String',
  light_up_time: 'Number',
  store_id: 'Number',
  biz_brand_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    message: 'String',
    business_code: 'String',
    is_success: 'Boolean',
    target: {
      success_count: 'Number',
      fail_count: 'Number',
      notify_message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.biz.item.light.up`: method, response root, request and response schemas. */
export const taobaoUsceslBizItemLightUpOperation = {
  method: 'taobao.uscesl.biz.item.light.up',
  responseRoot: 'uscesl_biz_item_light_up_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品条码亮灯API — calls TOP method `taobao.uscesl.biz.item.light.up`.
 *
 * 亮灯API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslBizItemLightUp(
  client: TopClient,
  request: TaobaoUsceslBizItemLightUpRequest = {},
  options?: CallOptions,
): Promise<TaobaoUsceslBizItemLightUpResponse> {
  return client.call<TaobaoUsceslBizItemLightUpResponse>(
    {
      method: 'taobao.uscesl.biz.item.light.up',
      responseRoot: 'uscesl_biz_item_light_up_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
