// Generated from specs/mtopopen/alibaba.interact.aopdata.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.aopdata.register` (资源位数据推送接口). */
export interface AlibabaInteractAopdataRegisterRequest {
  /** 入参 */
  param_top_isv_decorate_param: AlibabaInteractAopdataRegisterTopIsvDecorateParamInput;
}

/** Response of `alibaba.interact.aopdata.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractAopdataRegisterResponse {
  /** 接口返回model */
  result?: AlibabaInteractAopdataRegisterResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopIsvDecorateParam` of `alibaba.interact.aopdata.register`. */
export interface AlibabaInteractAopdataRegisterTopIsvDecorateParamInput {
  /** 活动id，调用alibaba.interact.activity.register传入的bizid */
  biz_id: string;
  /** 目前必须填0，代表店铺 */
  biz_type: string;
  /** {"action":"update","image_url":"http://xx.cdn","click_url":"http://xxx.play.m.jaeapp.com"}，action为update，代表新增(image_url以及click_url必传)。action=get，代表获得商家设置的活动，image_url以及click_url不用填写。action＝del,代表将活动从资源位撤下 */
  business_params: string;
  /** 不用传 */
  position?: string;
  /** 目前必须填0，代表店铺中宝箱资源位 */
  sub_biz_type: string;
}

/** `Result` of `alibaba.interact.aopdata.register`. */
export interface AlibabaInteractAopdataRegisterResult {
  /** xx */
  data?: string;
  /** xxx失败 */
  err_code?: string;
  /** xxx失败 */
  err_msg?: string;
  /** 接口调用成功 */
  success?: boolean;
  /** 跟踪请求使用 */
  trace_id?: string;
}

const REQUEST_SCHEMA = {
  param_top_isv_decorate_param: {
    biz_id: 'String',
    biz_type: 'String',
    business_params: 'String',
    position: 'String',
    sub_biz_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.aopdata.register`: method, response root, request and response schemas. */
export const alibabaInteractAopdataRegisterOperation = {
  method: 'alibaba.interact.aopdata.register',
  responseRoot: 'alibaba_interact_aopdata_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 资源位数据推送接口 — calls TOP method `alibaba.interact.aopdata.register`.
 *
 * 提供给isv，查询以及推送浮层资源位的三方活动数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractAopdataRegister(
  client: TopClient,
  request: AlibabaInteractAopdataRegisterRequest,
  options?: CallOptions,
): Promise<AlibabaInteractAopdataRegisterResponse> {
  return client.call<AlibabaInteractAopdataRegisterResponse>(
    {
      method: 'alibaba.interact.aopdata.register',
      responseRoot: 'alibaba_interact_aopdata_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
