// Generated from specs/tmallservice/alibaba.mallitemcenter.entitledservice.supplier.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mallitemcenter.entitledservice.supplier.query` (根据天猫id查询门店服务授权). */
export interface AlibabaMallitemcenterEntitledserviceSupplierQueryRequest {
  /** 天猫id */
  id?: Int64Input;
  /** 第几页 */
  current_page?: Int64Input;
  /** 每页条数 */
  page_size?: Int64Input;
}

/** Response of `alibaba.mallitemcenter.entitledservice.supplier.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMallitemcenterEntitledserviceSupplierQueryResponse {
  /** 统一返回结果 */
  result?: AlibabaMallitemcenterEntitledserviceSupplierQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.mallitemcenter.entitledservice.supplier.query`. */
export interface AlibabaMallitemcenterEntitledserviceSupplierQueryResult {
  /** 接口返回model */
  result_data?: AlibabaMallitemcenterEntitledserviceSupplierQueryResultData;
}

/** `ResultData` of `alibaba.mallitemcenter.entitledservice.supplier.query`. */
export interface AlibabaMallitemcenterEntitledserviceSupplierQueryResultData {
  /** 页面大小 */
  page_size?: Int64;
  /** 数据 */
  one_paged_data_list?: AlibabaMallitemcenterEntitledserviceSupplierQueryOnePagedDataList[];
  /** 总数量 */
  total_count?: Int64;
}

/** `OnePagedDataList` of `alibaba.mallitemcenter.entitledservice.supplier.query`. */
export interface AlibabaMallitemcenterEntitledserviceSupplierQueryOnePagedDataList {
  /** 服务编码 */
  service_code?: string;
  /** 服务名称 */
  display_name?: string;
  /** 用户ID */
  user_id?: Int64;
  /** 用户昵称 */
  user_nick?: string;
  /** 服务sku封装 */
  service_ability_code_list?: AlibabaMallitemcenterEntitledserviceSupplierQueryServiceSkuPriceList[];
  /** 状态 */
  status?: Int64;
}

/** `ServiceSkuPriceList` of `alibaba.mallitemcenter.entitledservice.supplier.query`. */
export interface AlibabaMallitemcenterEntitledserviceSupplierQueryServiceSkuPriceList {
  /** 价格 */
  price?: Int64;
  /** 服务sku */
  service_ability_code?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  current_page: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      page_size: 'Number',
      one_paged_data_list: [
        {
          service_code: 'String',
          display_name: 'String',
          user_id: 'Number',
          user_nick: 'String',
          service_ability_code_list: [
            {
              price: 'Number',
              service_ability_code: 'String',
            },
          ],
          status: 'Number',
        },
      ],
      total_count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mallitemcenter.entitledservice.supplier.query`: method, response root, request and response schemas. */
export const alibabaMallitemcenterEntitledserviceSupplierQueryOperation = {
  method: 'alibaba.mallitemcenter.entitledservice.supplier.query',
  responseRoot: 'alibaba_mallitemcenter_entitledservice_supplier_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据天猫id查询门店服务授权 — calls TOP method `alibaba.mallitemcenter.entitledservice.supplier.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMallitemcenterEntitledserviceSupplierQuery(
  client: TopClient,
  request: AlibabaMallitemcenterEntitledserviceSupplierQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaMallitemcenterEntitledserviceSupplierQueryResponse> {
  return client.call<AlibabaMallitemcenterEntitledserviceSupplierQueryResponse>(
    {
      method: 'alibaba.mallitemcenter.entitledservice.supplier.query',
      responseRoot: 'alibaba_mallitemcenter_entitledservice_supplier_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
