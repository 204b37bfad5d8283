// Generated from specs/damai/alibaba.damai.mev.open.deletefloor.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.deletefloor` (大麦换验平台-第三方对外开放-楼层接口deleteFloor). */
export interface AlibabaDamaiMevOpenDeletefloorRequest {
  /** 入参deleteFloorParam */
  delete_floor_param?: AlibabaDamaiMevOpenDeletefloorFloorIdOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.deletefloor`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenDeletefloorResponse {
  /** result */
  result?: AlibabaDamaiMevOpenDeletefloorResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FloorIdOpenParam` of `alibaba.damai.mev.open.deletefloor`. */
export interface AlibabaDamaiMevOpenDeletefloorFloorIdOpenParamInput {
  /** 楼层id */
  floor_id?: Int64Input;
  /** 参数performId */
  perform_id?: Int64Input;
  /** 参数systemId */
  system_id?: Int64Input;
  /** 商户密钥 */
  supplier_secret?: string;
}

/** `Result` of `alibaba.damai.mev.open.deletefloor`. */
export interface AlibabaDamaiMevOpenDeletefloorResult {
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
  delete_floor_param: {
    floor_id: 'Number',
    perform_id: 'Number',
    system_id: 'Number',
    supplier_secret: 'String',
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

/** Static description of `alibaba.damai.mev.open.deletefloor`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenDeletefloorOperation = {
  method: 'alibaba.damai.mev.open.deletefloor',
  responseRoot: 'alibaba_damai_mev_open_deletefloor_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-楼层接口deleteFloor — calls TOP method `alibaba.damai.mev.open.deletefloor`.
 *
 * deleteFloor
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenDeletefloor(
  client: TopClient,
  request: AlibabaDamaiMevOpenDeletefloorRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenDeletefloorResponse> {
  return client.call<AlibabaDamaiMevOpenDeletefloorResponse>(
    {
      method: 'alibaba.damai.mev.open.deletefloor',
      responseRoot: 'alibaba_damai_mev_open_deletefloor_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
