// Generated from specs/product/taobao.banamadpc.item.select.prop.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.banamadpc.item.select.prop` (获取子属性). */
export interface TaobaoBanamadpcItemSelectPropRequest {
  /** 类目id */
  cat_id: Int64Input;
  /** 属性id */
  prop_id: Int64Input;
  /** 子属性的schema xml */
  xml: string;
}

/** Response of `taobao.banamadpc.item.select.prop`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBanamadpcItemSelectPropResponse {
  /** 无 */
  api_result?: TaobaoBanamadpcItemSelectPropApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `taobao.banamadpc.item.select.prop`. */
export interface TaobaoBanamadpcItemSelectPropApiResult {
  /** 错误信息 */
  er_msg?: string;
  /** 错误码 */
  er_code?: string;
  /** 入参类目下入参属性的子属性schema xml */
  result?: string;
  /** 成功 */
  error?: boolean;
}

const REQUEST_SCHEMA = {
  cat_id: 'Number',
  prop_id: 'Number',
  xml: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    er_msg: 'String',
    er_code: 'String',
    result: 'String',
    error: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.banamadpc.item.select.prop`: method, response root, request and response schemas. */
export const taobaoBanamadpcItemSelectPropOperation = {
  method: 'taobao.banamadpc.item.select.prop',
  responseRoot: 'banamadpc_item_select_prop_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取子属性 — calls TOP method `taobao.banamadpc.item.select.prop`.
 *
 * 巴拿马供应商通过此接口获取子属性
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBanamadpcItemSelectProp(
  client: TopClient,
  request: TaobaoBanamadpcItemSelectPropRequest,
  options?: CallOptions,
): Promise<TaobaoBanamadpcItemSelectPropResponse> {
  return client.call<TaobaoBanamadpcItemSelectPropResponse>(
    {
      method: 'taobao.banamadpc.item.select.prop',
      responseRoot: 'banamadpc_item_select_prop_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
