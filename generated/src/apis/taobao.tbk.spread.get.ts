// Generated from specs/tbk/taobao.tbk.spread.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.spread.get` (淘宝客-公用-长链转短链). */
export interface TaobaoTbkSpreadGetRequest {
  /**
   * 请求列表，内部包含多个url
   *
   * Max list size: 20
   */
  requests: TaobaoTbkSpreadGetTbkSpreadRequestInput[];
}

/** Response of `taobao.tbk.spread.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkSpreadGetResponse {
  /** 传播形式对象列表 */
  results?: TaobaoTbkSpreadGetTbkSpread[];
  /** totalResults */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TbkSpreadRequest` of `taobao.tbk.spread.get`. */
export interface TaobaoTbkSpreadGetTbkSpreadRequestInput {
  /** 原始url, 只支持uland.taobao.com，s.click.taobao.com， ai.taobao.com，temai.taobao.com的域名转换，否则判错 */
  url: string;
}

/** `TbkSpread` of `taobao.tbk.spread.get`. */
export interface TaobaoTbkSpreadGetTbkSpread {
  /** 传播形式, 目前只支持短链接 */
  content?: string;
  /** 调用错误信息；由于是批量接口，请重点关注每条请求返回的结果，如果非OK，则说明该结果对应的content不正常，请酌情处理; */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  requests: [
    {
      url: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      content: 'String',
      err_msg: 'String',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.spread.get`: method, response root, request and response schemas. */
export const taobaoTbkSpreadGetOperation = {
  method: 'taobao.tbk.spread.get',
  responseRoot: 'tbk_spread_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-公用-长链转短链 — calls TOP method `taobao.tbk.spread.get`.
 *
 * 输入一个原始的链接，转换得到指定的传播方式，如二维码，淘口令，短连接；
 * 现阶段只支持短连接。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkSpreadGet(
  client: TopClient,
  request: TaobaoTbkSpreadGetRequest,
  options?: CallOptions,
): Promise<TaobaoTbkSpreadGetResponse> {
  return client.call<TaobaoTbkSpreadGetResponse>(
    {
      method: 'taobao.tbk.spread.get',
      responseRoot: 'tbk_spread_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
