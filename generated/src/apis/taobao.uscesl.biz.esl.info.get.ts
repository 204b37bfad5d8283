// Generated from specs/uscesl/taobao.uscesl.biz.esl.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.biz.esl.info.get` (价签设备信息查询接口). */
export interface TaobaoUsceslBizEslInfoGetRequest {
  /** 价签条码 */
  esl_bar_code: string;
  /** 门店storeId */
  store_id: Int64Input;
  /** 商家ID */
  biz_brand_key: string;
}

/** Response of `taobao.uscesl.biz.esl.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslBizEslInfoGetResponse {
  /** result.sucess表示是否成功，target是设备信息 */
  result?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  esl_bar_code: 'String',
  store_id: 'Number',
  biz_brand_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.biz.esl.info.get`: method, response root, request and response schemas. */
export const taobaoUsceslBizEslInfoGetOperation = {
  method: 'taobao.uscesl.biz.esl.info.get',
  responseRoot: 'uscesl_biz_esl_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 价签设备信息查询接口 — calls TOP method `taobao.uscesl.biz.esl.info.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslBizEslInfoGet(
  client: TopClient,
  request: TaobaoUsceslBizEslInfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoUsceslBizEslInfoGetResponse> {
  return client.call<TaobaoUsceslBizEslInfoGetResponse>(
    {
      method: 'taobao.uscesl.biz.esl.info.get',
      responseRoot: 'uscesl_biz_esl_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
