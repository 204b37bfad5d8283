// Generated from specs/tttm/aliyun.industry.tttm.products.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.industry.tttm.products.sync` (天天特卖货品信息同步). */
export interface AliyunIndustryTttmProductsSyncRequest {
  /**
   * 产品信息
   *
   * Max list size: 20
   */
  sync_products?: AliyunIndustryTttmProductsSyncProductInfoDtoInput[];
}

/** Response of `aliyun.industry.tttm.products.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunIndustryTttmProductsSyncResponse {
  /** 成功失败标识 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductInfoDto` of `aliyun.industry.tttm.products.sync`. */
export interface AliyunIndustryTttmProductsSyncProductInfoDtoInput {
  /** 产品编码 */
  product_code?: string;
  /** 产品状态 */
  product_status?: Int64Input;
  /** 产品名称 */
  product_name?: string;
  /** 总库存 */
  total_amount?: Int64Input;
  /** 增量库存 */
  increment_amount?: Int64Input;
  /** 出入库 */
  increment_type?: Int64Input;
  /** 套餐 */
  set_amount?: Int64Input;
}

const REQUEST_SCHEMA = {
  sync_products: [
    {
      product_code: 'String',
      product_status: 'Number',
      product_name: 'String',
      total_amount: 'Number',
      increment_amount: 'Number',
      increment_type: 'Number',
      set_amount: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `aliyun.industry.tttm.products.sync`: method, response root, request and response schemas. */
export const aliyunIndustryTttmProductsSyncOperation = {
  method: 'aliyun.industry.tttm.products.sync',
  responseRoot: 'aliyun_industry_tttm_products_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天天特卖货品信息同步 — calls TOP method `aliyun.industry.tttm.products.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunIndustryTttmProductsSync(
  client: TopClient,
  request: AliyunIndustryTttmProductsSyncRequest = {},
  options?: CallOptions,
): Promise<AliyunIndustryTttmProductsSyncResponse> {
  return client.call<AliyunIndustryTttmProductsSyncResponse>(
    {
      method: 'aliyun.industry.tttm.products.sync',
      responseRoot: 'aliyun_industry_tttm_products_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
