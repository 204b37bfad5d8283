// Generated from specs/ticket/alitrip.ticket.scenic.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.ticket.scenic.query` (【门票API2.0】卖家已发布门票商品列表查询接口（根据景点维度查询）). */
export interface AlitripTicketScenicQueryRequest {
  /** 标准景点ID。ali_scenic_id，out_scenic_id二者至少需要填写一个 */
  ali_scenic_id?: Int64Input;
  /** 当前分页。每页默认最多返回20条数据 */
  current_page?: Int64Input;
  /** 商家景点ID。ali_scenic_id，out_scenic_id二者至少需要填写一个 */
  out_scenic_id?: string;
}

/** Response of `alitrip.ticket.scenic.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTicketScenicQueryResponse {
  /** 返回结果 */
  first_result?: AlitripTicketScenicQueryScenicAndProductResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScenicAndProductResult` of `alitrip.ticket.scenic.query`. */
export interface AlitripTicketScenicQueryScenicAndProductResult {
  /** 景点列表 */
  scenic_list?: AlitripTicketScenicQueryScenic[];
}

/** `Scenic` of `alitrip.ticket.scenic.query`. */
export interface AlitripTicketScenicQueryScenic {
  /** 标准景点ID */
  ali_scenic_id?: string;
  /** 标准景点名称 */
  ali_scenic_name?: string;
  /** 商家景点ID */
  out_scenic_id?: string;
  /** 商家景点名称 */
  out_scenic_name?: string;
  /** 收费项目列表 */
  product_list?: AlitripTicketScenicQueryProduct[];
}

/** `Product` of `alitrip.ticket.scenic.query`. */
export interface AlitripTicketScenicQueryProduct {
  /** 标准收费项目ID */
  ali_product_id?: string;
  /** 标准收费项目名称 */
  ali_product_name?: string;
  /** 商家收费项目ID */
  out_product_id?: string;
  /** 商家收费项目名称 */
  out_product_name?: string;
  /** 商品ID */
  item_id?: string;
  /** 商品名称 */
  item_name?: string;
}

const REQUEST_SCHEMA = {
  ali_scenic_id: 'Number',
  current_page: 'Number',
  out_scenic_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    scenic_list: [
      {
        ali_scenic_id: 'String',
        ali_scenic_name: 'String',
        out_scenic_id: 'String',
        out_scenic_name: 'String',
        product_list: [
          {
            ali_product_id: 'String',
            ali_product_name: 'String',
            out_product_id: 'String',
            out_product_name: 'String',
            item_id: 'String',
            item_name: 'String',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.ticket.scenic.query`: method, response root, request and response schemas. */
export const alitripTicketScenicQueryOperation = {
  method: 'alitrip.ticket.scenic.query',
  responseRoot: 'alitrip_ticket_scenic_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【门票API2.0】卖家已发布门票商品列表查询接口（根据景点维度查询） — calls TOP method `alitrip.ticket.scenic.query`.
 *
 * 查询卖家已发布过的门票商品列表，根据景点维度聚合查询。如果卖家在该景点下未发布过任何商品，则查询不到数据！
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTicketScenicQuery(
  client: TopClient,
  request: AlitripTicketScenicQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripTicketScenicQueryResponse> {
  return client.call<AlitripTicketScenicQueryResponse>(
    {
      method: 'alitrip.ticket.scenic.query',
      responseRoot: 'alitrip_ticket_scenic_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
