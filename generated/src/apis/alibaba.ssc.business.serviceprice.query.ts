// Generated from specs/tmallsc/alibaba.ssc.business.serviceprice.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.business.serviceprice.query` (苹果查询服务供给报价). */
export interface AlibabaSscBusinessServicepriceQueryRequest {
  /** 查询参数 */
  service_price_query_request?: AlibabaSscBusinessServicepriceQueryServicePriceQueryRequestInput;
}

/** Response of `alibaba.ssc.business.serviceprice.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscBusinessServicepriceQueryResponse {
  /** 返回结果 */
  result?: AlibabaSscBusinessServicepriceQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServicePriceQueryRequest` of `alibaba.ssc.business.serviceprice.query`. */
export interface AlibabaSscBusinessServicepriceQueryServicePriceQueryRequestInput {
  /** 卖家id */
  seller_id?: string;
  /** 服务外部编码 */
  service_outer_ids?: string[];
}

/** `Result` of `alibaba.ssc.business.serviceprice.query`. */
export interface AlibabaSscBusinessServicepriceQueryResult {
  /** 对用户展示的错误信息 */
  display_msg?: string;
  /** 结果对象 */
  value?: AlibabaSscBusinessServicepriceQueryServicePriceQueryResponse;
  /** 系统内部错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 系统内部错误信息CODE */
  error_code?: string;
}

/** `ServicePriceQueryResponse` of `alibaba.ssc.business.serviceprice.query`. */
export interface AlibabaSscBusinessServicepriceQueryServicePriceQueryResponse {
  /** 服务价格记录行 */
  service_price_lines?: AlibabaSscBusinessServicepriceQueryServicePriceLine[];
}

/** `ServicePriceLine` of `alibaba.ssc.business.serviceprice.query`. */
export interface AlibabaSscBusinessServicepriceQueryServicePriceLine {
  /** 服务外部编码 */
  service_outer_id?: string;
  /** 原价 */
  consumer_price?: Int64;
  /** 教育优惠价格 */
  edu_price?: Int64;
}

const REQUEST_SCHEMA = {
  service_price_query_request: {
    seller_id: 'String',
    service_outer_ids: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    value: {
      service_price_lines: [
        {
          service_outer_id: 'String',
          consumer_price: 'Number',
          edu_price: 'Number',
        },
      ],
    },
    error_msg: 'String',
    success: 'Boolean',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.business.serviceprice.query`: method, response root, request and response schemas. */
export const alibabaSscBusinessServicepriceQueryOperation = {
  method: 'alibaba.ssc.business.serviceprice.query',
  responseRoot: 'alibaba_ssc_business_serviceprice_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 苹果查询服务供给报价 — calls TOP method `alibaba.ssc.business.serviceprice.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscBusinessServicepriceQuery(
  client: TopClient,
  request: AlibabaSscBusinessServicepriceQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaSscBusinessServicepriceQueryResponse> {
  return client.call<AlibabaSscBusinessServicepriceQueryResponse>(
    {
      method: 'alibaba.ssc.business.serviceprice.query',
      responseRoot: 'alibaba_ssc_business_serviceprice_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
