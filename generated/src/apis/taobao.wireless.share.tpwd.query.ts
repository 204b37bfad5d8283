// Generated from specs/wirelessshare/taobao.wireless.share.tpwd.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wireless.share.tpwd.query` (查询解析淘口令). */
export interface TaobaoWirelessShareTpwdQueryRequest {
  /** 淘口令 */
  password_content: string;
}

/** Response of `taobao.wireless.share.tpwd.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWirelessShareTpwdQueryResponse {
  /** 淘口令-文案 */
  content?: string;
  /** 淘口令-宝贝 */
  title?: string;
  /** 如果是宝贝，则为宝贝价格 */
  price?: string;
  /** 图片url */
  pic_url?: string;
  /** 是否成功 */
  suc?: boolean;
  /** 跳转url(长链) */
  url?: string;
  /** nativeUrl */
  native_url?: string;
  /** thumbPicUrl */
  thumb_pic_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  password_content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content: 'String',
  title: 'String',
  price: 'String',
  pic_url: 'String',
  suc: 'Boolean',
  url: 'String',
  native_url: 'String',
  thumb_pic_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wireless.share.tpwd.query`: method, response root, request and response schemas. */
export const taobaoWirelessShareTpwdQueryOperation = {
  method: 'taobao.wireless.share.tpwd.query',
  responseRoot: 'wireless_share_tpwd_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询解析淘口令 — calls TOP method `taobao.wireless.share.tpwd.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWirelessShareTpwdQuery(
  client: TopClient,
  request: TaobaoWirelessShareTpwdQueryRequest,
  options?: CallOptions,
): Promise<TaobaoWirelessShareTpwdQueryResponse> {
  return client.call<TaobaoWirelessShareTpwdQueryResponse>(
    {
      method: 'taobao.wireless.share.tpwd.query',
      responseRoot: 'wireless_share_tpwd_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
