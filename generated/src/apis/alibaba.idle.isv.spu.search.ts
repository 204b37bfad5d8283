// Generated from specs/idleisv/alibaba.idle.isv.spu.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.isv.spu.search` (spu搜索接口). */
export interface AlibabaIdleIsvSpuSearchRequest {
  /** 闲鱼渠道类目的id */
  channel_cat_id?: string;
  /** 搜索的文本 */
  search_text?: string;
}

/** Response of `alibaba.idle.isv.spu.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleIsvSpuSearchResponse {
  /** 接口返回model */
  result?: AlibabaIdleIsvSpuSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.idle.isv.spu.search`. */
export interface AlibabaIdleIsvSpuSearchResult {
  /** 候选的品牌型号列表 */
  spu_list?: AlibabaIdleIsvSpuSearchSpuPVDo[];
  /** 错误码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
}

/** `SpuPVDo` of `alibaba.idle.isv.spu.search`. */
export interface AlibabaIdleIsvSpuSearchSpuPVDo {
  /** 品牌和型号信息 */
  brand_model_list?: AlibabaIdleIsvSpuSearchIdleNewPubValueDo[];
  /** 品牌型号的显示值 */
  spu_title?: string;
}

/** `IdleNewPubValueDo` of `alibaba.idle.isv.spu.search`. */
export interface AlibabaIdleIsvSpuSearchIdleNewPubValueDo {
  /** 品牌或型号的value */
  value_id?: string;
  /** 品牌或型号的value名 */
  value_name?: string;
  /** 品牌或型号的属性名 */
  property_name?: string;
  /** 闲鱼渠道类目id */
  channel_cat_id?: string;
  /** 品牌或型号的属性id */
  property_id?: string;
}

const REQUEST_SCHEMA = {
  channel_cat_id: 'String',
  search_text: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    spu_list: [
      {
        brand_model_list: [
          {
            value_id: 'String',
            value_name: 'String',
            property_name: 'String',
            channel_cat_id: 'String',
            property_id: 'String',
          },
        ],
        spu_title: 'String',
      },
    ],
    err_code: 'String',
    success: 'Boolean',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.isv.spu.search`: method, response root, request and response schemas. */
export const alibabaIdleIsvSpuSearchOperation = {
  method: 'alibaba.idle.isv.spu.search',
  responseRoot: 'alibaba_idle_isv_spu_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * spu搜索接口 — calls TOP method `alibaba.idle.isv.spu.search`.
 *
 * 搜索的品牌和型号，供服务商进行选择
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleIsvSpuSearch(
  client: TopClient,
  request: AlibabaIdleIsvSpuSearchRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleIsvSpuSearchResponse> {
  return client.call<AlibabaIdleIsvSpuSearchResponse>(
    {
      method: 'alibaba.idle.isv.spu.search',
      responseRoot: 'alibaba_idle_isv_spu_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
