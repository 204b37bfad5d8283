// Generated from specs/damai/alibaba.damai.mev.open.pushfloor.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.pushfloor` (大麦换验平台-第三方对外开放-楼层接口pushFloor). */
export interface AlibabaDamaiMevOpenPushfloorRequest {
  /** 入参pushFloorParam */
  push_floor_param?: AlibabaDamaiMevOpenPushfloorThirdFloorPushOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.pushfloor`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenPushfloorResponse {
  /** result */
  result?: AlibabaDamaiMevOpenPushfloorResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ThirdFloorPushOpenParam` of `alibaba.damai.mev.open.pushfloor`. */
export interface AlibabaDamaiMevOpenPushfloorThirdFloorPushOpenParamInput {
  /** 楼层id */
  floor_id?: Int64Input;
  /** 楼层名称 */
  floor_name?: string;
  /** 场次id */
  perform_id?: Int64Input;
  /** 推送时间 */
  push_time?: DateInput;
  /** 商户密钥 */
  supplier_secret?: string;
  /** 系统id */
  system_id?: Int64Input;
  /** 场馆id */
  venue_id?: Int64Input;
}

/** `Result` of `alibaba.damai.mev.open.pushfloor`. */
export interface AlibabaDamaiMevOpenPushfloorResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 返回结果 */
  model?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  push_floor_param: {
    floor_id: 'Number',
    floor_name: 'String',
    perform_id: 'Number',
    push_time: 'Date',
    supplier_secret: 'String',
    system_id: 'Number',
    venue_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    model: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.mev.open.pushfloor`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenPushfloorOperation = {
  method: 'alibaba.damai.mev.open.pushfloor',
  responseRoot: 'alibaba_damai_mev_open_pushfloor_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-楼层接口pushFloor — calls TOP method `alibaba.damai.mev.open.pushfloor`.
 *
 * pushFloor
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenPushfloor(
  client: TopClient,
  request: AlibabaDamaiMevOpenPushfloorRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenPushfloorResponse> {
  return client.call<AlibabaDamaiMevOpenPushfloorResponse>(
    {
      method: 'alibaba.damai.mev.open.pushfloor',
      responseRoot: 'alibaba_damai_mev_open_pushfloor_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
