// Generated from specs/tmallservice/tmall.mallitemcenter.subscribe.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.mallitemcenter.subscribe.query` (天猫服务订购信息查询接口). */
export interface TmallMallitemcenterSubscribeQueryRequest {
  /** 入参query */
  query?: TmallMallitemcenterSubscribeQuerySpb2bOderQueryInput;
}

/** Response of `tmall.mallitemcenter.subscribe.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMallitemcenterSubscribeQueryResponse {
  /** 接口返回model */
  result?: TmallMallitemcenterSubscribeQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Spb2bOderQuery` of `tmall.mallitemcenter.subscribe.query`. */
export interface TmallMallitemcenterSubscribeQuerySpb2bOderQueryInput {
  /** 开始日期 */
  start_date?: DateInput;
  /** 服务状态 */
  status?: Int64Input;
  /** 是否分页 */
  need_by_page?: boolean;
  /** 每页个数 */
  page_size?: Int64Input;
  /** 结束日期 */
  end_date?: DateInput;
  /** 最后条数 */
  end_row?: Int64Input;
  /** 售卖商昵称 */
  seller_nick?: string;
  /** 开始条数 */
  start_row?: Int64Input;
  /** 售卖商id */
  seller_id?: Int64Input;
  /** 服务code */
  service_code?: string;
  /** 当前页 */
  current_page?: Int64Input;
  /** 是否查询新供给ssc订购数据 */
  new_supply_subscriber_data?: boolean;
}

/** `Result` of `tmall.mallitemcenter.subscribe.query`. */
export interface TmallMallitemcenterSubscribeQueryResult {
  /** 返回结果model */
  result_data?: TmallMallitemcenterSubscribeQueryResultData;
  /** message */
  message?: string;
  /** 错误类型 */
  error_type?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 是否正常 */
  success?: boolean;
}

/** `ResultData` of `tmall.mallitemcenter.subscribe.query`. */
export interface TmallMallitemcenterSubscribeQueryResultData {
  /** 总条数 */
  total_count?: Int64;
  /** 每页个数 */
  page_size?: Int64;
  /** 结果列表 */
  one_paged_data_list?: TmallMallitemcenterSubscribeQuerySubscribeMerchantDto[];
}

/** `SubscribeMerchantDto` of `tmall.mallitemcenter.subscribe.query`. */
export interface TmallMallitemcenterSubscribeQuerySubscribeMerchantDto {
  /** 技术电话 */
  tech_phone?: string;
  /** 操作人电话 */
  operator_phone?: string;
  /** 售后电话 */
  after_sale_phone?: string;
  /** 订购单主键id */
  subscribe_order_id?: Int64;
  /** spuid */
  spu_id?: Int64;
  /** 服务cide */
  service_code?: string;
  /** 订购者昵称 */
  subscriber_nick?: string;
  /** 卖家类型 */
  seller_type?: string;
}

const REQUEST_SCHEMA = {
  query: {
    start_date: 'Date',
    status: 'Number',
    need_by_page: 'Boolean',
    page_size: 'Number',
    end_date: 'Date',
    end_row: 'Number',
    seller_nick: 'String',
    start_row: 'Number',
    seller_id: 'Number',
    service_code: 'String',
    current_page: 'Number',
    new_supply_subscriber_data: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      total_count: 'Number',
      page_size: 'Number',
      one_paged_data_list: [
        {
          tech_phone: 'String',
          operator_phone: 'String',
          after_sale_phone: 'String',
          subscribe_order_id: 'Number',
          spu_id: 'Number',
          service_code: 'String',
          subscriber_nick: 'String',
          seller_type: 'String',
        },
      ],
    },
    message: 'String',
    error_type: 'Number',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.mallitemcenter.subscribe.query`: method, response root, request and response schemas. */
export const tmallMallitemcenterSubscribeQueryOperation = {
  method: 'tmall.mallitemcenter.subscribe.query',
  responseRoot: 'tmall_mallitemcenter_subscribe_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务订购信息查询接口 — calls TOP method `tmall.mallitemcenter.subscribe.query`.
 *
 * 查询商家服务订购信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMallitemcenterSubscribeQuery(
  client: TopClient,
  request: TmallMallitemcenterSubscribeQueryRequest = {},
  options?: CallOptions,
): Promise<TmallMallitemcenterSubscribeQueryResponse> {
  return client.call<TmallMallitemcenterSubscribeQueryResponse>(
    {
      method: 'tmall.mallitemcenter.subscribe.query',
      responseRoot: 'tmall_mallitemcenter_subscribe_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
