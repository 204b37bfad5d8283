// Generated from specs/wdk/alibaba.wdk.shop.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.shop.query` (门店查询接口). */
export interface AlibabaWdkShopQueryRequest {
  /** 如果不传，返回所有 */
  ou_code?: string;
}

/** Response of `alibaba.wdk.shop.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkShopQueryResponse {
  /** 调用结果 */
  result?: AlibabaWdkShopQueryApiResults;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResults` of `alibaba.wdk.shop.query`. */
export interface AlibabaWdkShopQueryApiResults {
  /** 返回门店信息列表 */
  models?: AlibabaWdkShopQueryShopDo[];
  /** 异常编码 */
  err_code?: string;
  /** 异常信息 */
  err_msg?: string;
  /** true */
  success?: string;
}

/** `ShopDo` of `alibaba.wdk.shop.query`. */
export interface AlibabaWdkShopQueryShopDo {
  /** 门店编码(所属的OU的编码) */
  shop_name?: string;
  /** 门店编码 */
  ou_code?: string;
  /** 状态（默认、营业中、待维护、停用） */
  status?: string;
  /** 类型（默认、盒马鲜生店、自定义店、盒马B2C、盒马外卖店、盒马物流中心店、盒马配送站、盒马便利店） */
  type?: string;
  /** 省份名称 */
  prov_name?: string;
  /** 城市名称 */
  city_name?: string;
  /** 地区名称 */
  area_name?: string;
  /** 地址 */
  address?: string;
  /** 商户编码 */
  merchant_code?: string;
  /** 门店标记（正式、测试） */
  flag?: string;
  /** 省份编码 */
  prov_code?: string;
  /** 城市编码 */
  city_code?: string;
  /** 地区编码 */
  area_code?: string;
}

const REQUEST_SCHEMA = {
  ou_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    models: [
      {
        shop_name: 'String',
        ou_code: 'String',
        status: 'String',
        type: 'String',
        prov_name: 'String',
        city_name: 'String',
        area_name: 'String',
        address: 'String',
        merchant_code: 'String',
        flag: 'String',
        prov_code: 'String',
        city_code: 'String',
        area_code: 'String',
      },
    ],
    err_code: 'String',
    err_msg: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.shop.query`: method, response root, request and response schemas. */
export const alibabaWdkShopQueryOperation = {
  method: 'alibaba.wdk.shop.query',
  responseRoot: 'alibaba_wdk_shop_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店查询接口 — calls TOP method `alibaba.wdk.shop.query`.
 *
 * 根据门店code查询门店信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkShopQuery(
  client: TopClient,
  request: AlibabaWdkShopQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkShopQueryResponse> {
  return client.call<AlibabaWdkShopQueryResponse>(
    {
      method: 'alibaba.wdk.shop.query',
      responseRoot: 'alibaba_wdk_shop_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
