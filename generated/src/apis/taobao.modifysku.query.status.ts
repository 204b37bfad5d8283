// Generated from specs/jst/taobao.modifysku.query.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.modifysku.query.status` (查询商家是否开通自助修改商品信息服务). */
export interface TaobaoModifyskuQueryStatusRequest {}

/** Response of `taobao.modifysku.query.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoModifyskuQueryStatusResponse {
  /** 返回结果 */
  model?: TaobaoModifyskuQueryStatusCheckSignSkuResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CheckSignSkuResponse` of `taobao.modifysku.query.status`. */
export interface TaobaoModifyskuQueryStatusCheckSignSkuResponse {
  /** NO_AUTH-您无权查询此商家信息; HAS_SIGNED-已与当前服务商签约自助修改商品信息服务; NO_SIGNED-当前商家自助修改商品信息未签约服务商 HAS_SIGNED_OTHERS-已与其他服务商签约自助修改商品信息 */
  status?: string;
  /** 商家绑定的appkey */
  appkey?: string;
  /** app名称 */
  apptitle?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    status: 'String',
    appkey: 'String',
    apptitle: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.modifysku.query.status`: method, response root, request and response schemas. */
export const taobaoModifyskuQueryStatusOperation = {
  method: 'taobao.modifysku.query.status',
  responseRoot: 'modifysku_query_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商家是否开通自助修改商品信息服务 — calls TOP method `taobao.modifysku.query.status`.
 *
 * 查询商家是否开通自助修改商品信息服务
 * 1. 没有授权
 * 2. 已与当前appkey签约
 * 3. 没有签约
 * 4. 与其他服务商软件签约，如果是同一个isv name，返回appkey，否则不返回。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoModifyskuQueryStatus(
  client: TopClient,
  request: TaobaoModifyskuQueryStatusRequest = {},
  options?: CallOptions,
): Promise<TaobaoModifyskuQueryStatusResponse> {
  return client.call<TaobaoModifyskuQueryStatusResponse>(
    {
      method: 'taobao.modifysku.query.status',
      responseRoot: 'modifysku_query_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
