// Generated from specs/damai/alibaba.damai.mev.open.deletevenue.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.deletevenue` (大麦换验平台-第三方对外开放-场馆接口deleteVenue). */
export interface AlibabaDamaiMevOpenDeletevenueRequest {
  /** 入参deleteVenueParam */
  delete_venue_param?: AlibabaDamaiMevOpenDeletevenueVenueIdOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.deletevenue`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenDeletevenueResponse {
  /** result */
  result?: AlibabaDamaiMevOpenDeletevenueResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VenueIdOpenParam` of `alibaba.damai.mev.open.deletevenue`. */
export interface AlibabaDamaiMevOpenDeletevenueVenueIdOpenParamInput {
  /** 商家id */
  cp_id?: Int64Input;
  /** 推送接口返回的id */
  id?: Int64Input;
  /** 操作员 */
  operator?: string;
  /** 操作员id */
  operator_id?: Int64Input;
  /** 商家id */
  system_id?: Int64Input;
  /** 场馆id */
  venue_id?: Int64Input;
  /** 商家密钥，监权使用 */
  supplier_secret?: string;
}

/** `Result` of `alibaba.damai.mev.open.deletevenue`. */
export interface AlibabaDamaiMevOpenDeletevenueResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误内容 */
  error_msg?: string;
  /** 返回结果 */
  model?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  delete_venue_param: {
    cp_id: 'Number',
    id: 'Number',
    operator: 'String',
    operator_id: 'Number',
    system_id: 'Number',
    venue_id: 'Number',
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

/** Static description of `alibaba.damai.mev.open.deletevenue`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenDeletevenueOperation = {
  method: 'alibaba.damai.mev.open.deletevenue',
  responseRoot: 'alibaba_damai_mev_open_deletevenue_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-场馆接口deleteVenue — calls TOP method `alibaba.damai.mev.open.deletevenue`.
 *
 * 开放接口，删除场馆
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenDeletevenue(
  client: TopClient,
  request: AlibabaDamaiMevOpenDeletevenueRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenDeletevenueResponse> {
  return client.call<AlibabaDamaiMevOpenDeletevenueResponse>(
    {
      method: 'alibaba.damai.mev.open.deletevenue',
      responseRoot: 'alibaba_damai_mev_open_deletevenue_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
