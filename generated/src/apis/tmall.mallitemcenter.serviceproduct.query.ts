// Generated from specs/tmallservice/tmall.mallitemcenter.serviceproduct.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.mallitemcenter.serviceproduct.query` (天猫服务商服务产品查询). */
export interface TmallMallitemcenterServiceproductQueryRequest {
  /** 服务产品id */
  id?: Int64Input;
  /** 产品状态 */
  status?: Int64Input;
  /** 服务名称 */
  service_code?: string;
  /** 产品类型 */
  service_product_type?: Int64Input;
}

/** Response of `tmall.mallitemcenter.serviceproduct.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMallitemcenterServiceproductQueryResponse {
  /** 接口返回model */
  result?: TmallMallitemcenterServiceproductQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.mallitemcenter.serviceproduct.query`. */
export interface TmallMallitemcenterServiceproductQueryResult {
  /** 返回数据 */
  result_data_list?: TmallMallitemcenterServiceproductQueryResultdata[];
  /** message */
  message?: string;
  /** 系统是否异常 */
  system_error?: boolean;
  /** 业务校验是否正常 */
  business_check_fail?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Resultdata` of `tmall.mallitemcenter.serviceproduct.query`. */
export interface TmallMallitemcenterServiceproductQueryResultdata {
  /** 创建时间 */
  create_time?: string;
  /** 服务产品title */
  title?: string;
  /** 服务产品介绍 */
  service_product_content?: string;
  /** 服务产品id */
  service_product_id?: Int64;
  /** 服务产品sku列表 */
  simple_service_sku_list?: TmallMallitemcenterServiceproductQuerySimpleServiceSkuDtOs[];
  /** 服务名称 */
  service_code?: string;
  /** 服务产品状态 */
  service_product_status?: Int64;
  /** 服务产品类型 */
  service_product_type?: Int64;
}

/** `SimpleServiceSkuDtOs` of `tmall.mallitemcenter.serviceproduct.query`. */
export interface TmallMallitemcenterServiceproductQuerySimpleServiceSkuDtOs {
  /** 服务skuCode */
  code?: string;
  /** 服务sku名称 */
  display_name?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  status: 'Number',
  service_code: 'String',
  service_product_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data_list: [
      {
        create_time: 'String',
        title: 'String',
        service_product_content: 'String',
        service_product_id: 'Number',
        simple_service_sku_list: [
          {
            code: 'String',
            display_name: 'String',
          },
        ],
        service_code: 'String',
        service_product_status: 'Number',
        service_product_type: 'Number',
      },
    ],
    message: 'String',
    system_error: 'Boolean',
    business_check_fail: 'Boolean',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.mallitemcenter.serviceproduct.query`: method, response root, request and response schemas. */
export const tmallMallitemcenterServiceproductQueryOperation = {
  method: 'tmall.mallitemcenter.serviceproduct.query',
  responseRoot: 'tmall_mallitemcenter_serviceproduct_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫服务商服务产品查询 — calls TOP method `tmall.mallitemcenter.serviceproduct.query`.
 *
 * 查询天猫服务的服务商发布的服务产品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMallitemcenterServiceproductQuery(
  client: TopClient,
  request: TmallMallitemcenterServiceproductQueryRequest = {},
  options?: CallOptions,
): Promise<TmallMallitemcenterServiceproductQueryResponse> {
  return client.call<TmallMallitemcenterServiceproductQueryResponse>(
    {
      method: 'tmall.mallitemcenter.serviceproduct.query',
      responseRoot: 'tmall_mallitemcenter_serviceproduct_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
