// Generated from specs/promotion/tmall.promotag.tag.find.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.promotag.tag.find` (查询标签接口). */
export interface TmallPromotagTagFindRequest {
  /**
   * 每页显示个数
   *
   * Max length: 100
   */
  page_size: Int64Input;
  /**
   * 当前页码
   *
   * Max length: 10
   */
  page_no: Int64Input;
  /** 标签ID */
  tag_id?: Int64Input;
  /** 标签名称，查询时可选项 */
  tag_name?: string;
}

/** Response of `tmall.promotag.tag.find`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPromotagTagFindResponse {
  /** 查询结果类型 */
  query_result?: TmallPromotagTagFindPromotionTagQuery;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PromotionTagQuery` of `tmall.promotag.tag.find`. */
export interface TmallPromotagTagFindPromotionTagQuery {
  /** 总记录数 */
  total_results?: Int64;
  /** 标签结果列表 */
  tag_list?: TmallPromotagTagFindPromotionTag[];
}

/** `PromotionTag` of `tmall.promotag.tag.find`. */
export interface TmallPromotagTagFindPromotionTag {
  /** 标签ID */
  tag_id?: Int64;
  /** 标签名称 */
  tag_name?: string;
  /** 标签描述 */
  tag_desc?: string;
  /** 标签开始时间 */
  start_time?: string;
  /** 标签结束时间 */
  end_time?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  page_no: 'Number',
  tag_id: 'Number',
  tag_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  query_result: {
    total_results: 'Number',
    tag_list: [
      {
        tag_id: 'Number',
        tag_name: 'String',
        tag_desc: 'String',
        start_time: 'Date',
        end_time: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.promotag.tag.find`: method, response root, request and response schemas. */
export const tmallPromotagTagFindOperation = {
  method: 'tmall.promotag.tag.find',
  responseRoot: 'tmall_promotag_tag_find_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询标签接口 — calls TOP method `tmall.promotag.tag.find`.
 *
 * 查询用户创建的所有标签
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPromotagTagFind(
  client: TopClient,
  request: TmallPromotagTagFindRequest,
  options?: CallOptions,
): Promise<TmallPromotagTagFindResponse> {
  return client.call<TmallPromotagTagFindResponse>(
    {
      method: 'tmall.promotag.tag.find',
      responseRoot: 'tmall_promotag_tag_find_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
