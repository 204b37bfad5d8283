// Generated from specs/jae/taobao.aplatform.weakget.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.aplatform.weakget` (活动平台弱登录接口). */
export interface TaobaoAplatformWeakgetRequest {
  /** 客户端自带参数 */
  param_rich_client_info?: TaobaoAplatformWeakgetRichClientInfoInput;
  /** 业务自定义参数 */
  param_dto?: TaobaoAplatformWeakgetParamDtoInput;
}

/** Response of `taobao.aplatform.weakget`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAplatformWeakgetResponse {
  /** result */
  result?: TaobaoAplatformWeakgetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RichClientInfo` of `taobao.aplatform.weakget`. */
export interface TaobaoAplatformWeakgetRichClientInfoInput {
  /** appkey */
  appkey?: string;
  /** 用户昵称 */
  buyer_nick?: string;
  /** 经度 */
  lng?: string;
  /** 用户id */
  buyer_id?: Int64Input;
  /** 纬度 */
  lat?: string;
  /** 设备号 */
  device_id?: string;
  /** 来源ip */
  ip?: string;
}

/** `ParamDto` of `taobao.aplatform.weakget`. */
export interface TaobaoAplatformWeakgetParamDtoInput {
  /** 业务参数，json格式字符串 */
  biz_param?: string;
  /** 扩展参数 */
  extra_param?: string | Record<string, unknown>;
  /** 区分业务类型及方法 */
  biz_type: string;
}

/** `Result` of `taobao.aplatform.weakget`. */
export interface TaobaoAplatformWeakgetResult {
  /** headers */
  headers?: string | Record<string, unknown>;
  /** model */
  model?: string | Record<string, unknown>;
  /** httpStatusCode */
  http_status_code?: Int64;
  /** msgCode */
  msg_code?: string;
  /** bizExtMap */
  biz_ext_map?: string | Record<string, unknown>;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_rich_client_info: {
    appkey: 'String',
    buyer_nick: 'String',
    lng: 'String',
    buyer_id: 'Number',
    lat: 'String',
    device_id: 'String',
    ip: 'String',
  },
  param_dto: {
    biz_param: 'String',
    extra_param: 'Json',
    biz_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    headers: 'Json',
    model: 'Json',
    http_status_code: 'Number',
    msg_code: 'String',
    biz_ext_map: 'Json',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.aplatform.weakget`: method, response root, request and response schemas. */
export const taobaoAplatformWeakgetOperation = {
  method: 'taobao.aplatform.weakget',
  responseRoot: 'aplatform_weakget_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 活动平台弱登录接口 — calls TOP method `taobao.aplatform.weakget`.
 *
 * 无线活动平台的开放接口，提供商品信息等的读操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAplatformWeakget(
  client: TopClient,
  request: TaobaoAplatformWeakgetRequest = {},
  options?: CallOptions,
): Promise<TaobaoAplatformWeakgetResponse> {
  return client.call<TaobaoAplatformWeakgetResponse>(
    {
      method: 'taobao.aplatform.weakget',
      responseRoot: 'aplatform_weakget_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
