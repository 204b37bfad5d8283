// Generated from specs/bus/taobao.bus.lastplace.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.lastplace.get` (获取目的地数据). */
export interface TaobaoBusLastplaceGetRequest {
  /** 目的地查询参数 */
  param_last_place_search_r_q?: TaobaoBusLastplaceGetParamLastPlaceSearchRqInput;
}

/** Response of `taobao.bus.lastplace.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusLastplaceGetResponse {
  /** 目的地返回结果 */
  result?: TaobaoBusLastplaceGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ParamLastPlaceSearchRq` of `taobao.bus.lastplace.get`. */
export interface TaobaoBusLastplaceGetParamLastPlaceSearchRqInput {
  /** 城市编码 */
  dep_city_code: string;
  /** 北京市 */
  dep_city_name: string;
}

/** `Result` of `taobao.bus.lastplace.get`. */
export interface TaobaoBusLastplaceGetResult {
  /** errCode */
  err_code?: string;
  /** errMsg */
  err_msg?: string;
  /** success */
  success?: boolean;
  /** 目的地数据JSON,具体参考文档说明 */
  module?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  param_last_place_search_r_q: {
    dep_city_code: 'String',
    dep_city_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
    module: 'Json',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.lastplace.get`: method, response root, request and response schemas. */
export const taobaoBusLastplaceGetOperation = {
  method: 'taobao.bus.lastplace.get',
  responseRoot: 'bus_lastplace_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取目的地数据 — calls TOP method `taobao.bus.lastplace.get`.
 *
 * 传入城市 获取对应的目的地
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusLastplaceGet(
  client: TopClient,
  request: TaobaoBusLastplaceGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusLastplaceGetResponse> {
  return client.call<TaobaoBusLastplaceGetResponse>(
    {
      method: 'taobao.bus.lastplace.get',
      responseRoot: 'bus_lastplace_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
