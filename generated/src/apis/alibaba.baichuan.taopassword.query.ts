// Generated from specs/baichuan/alibaba.baichuan.taopassword.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.baichuan.taopassword.query` (查询解析淘口令). */
export interface AlibabaBaichuanTaopasswordQueryRequest {
  /** 淘口令 */
  password_content?: string;
}

/** Response of `alibaba.baichuan.taopassword.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBaichuanTaopasswordQueryResponse {
  /** result */
  result?: AlibabaBaichuanTaopasswordQueryBcTaoPasswordResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BcTaoPasswordResult` of `alibaba.baichuan.taopassword.query`. */
export interface AlibabaBaichuanTaopasswordQueryBcTaoPasswordResult {
  /** 淘口令-文案 */
  content?: string;
  /** 淘口令-宝贝 */
  title?: string;
  /** 如果是宝贝，则为宝贝价格 */
  price?: string;
  /** 图片url */
  pic_url?: string;
  /** 查询结果code */
  result_code?: string;
  /** 查询结果code */
  result_message?: string;
  /** 是否成功 */
  success?: boolean;
  /** 跳转url(长链) */
  url?: string;
  /** nativeUrl */
  native_url?: string;
  /** thumbPicUrl */
  thumb_pic_url?: string;
}

const REQUEST_SCHEMA = {
  password_content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'String',
    title: 'String',
    price: 'String',
    pic_url: 'String',
    result_code: 'String',
    result_message: 'String',
    success: 'Boolean',
    url: 'String',
    native_url: 'String',
    thumb_pic_url: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.baichuan.taopassword.query`: method, response root, request and response schemas. */
export const alibabaBaichuanTaopasswordQueryOperation = {
  method: 'alibaba.baichuan.taopassword.query',
  responseRoot: 'alibaba_baichuan_taopassword_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询解析淘口令 — calls TOP method `alibaba.baichuan.taopassword.query`.
 *
 * 查询，解析淘口令
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBaichuanTaopasswordQuery(
  client: TopClient,
  request: AlibabaBaichuanTaopasswordQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaBaichuanTaopasswordQueryResponse> {
  return client.call<AlibabaBaichuanTaopasswordQueryResponse>(
    {
      method: 'alibaba.baichuan.taopassword.query',
      responseRoot: 'alibaba_baichuan_taopassword_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
