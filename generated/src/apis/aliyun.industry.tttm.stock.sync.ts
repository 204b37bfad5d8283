// Generated from specs/tttm/aliyun.industry.tttm.stock.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.industry.tttm.stock.sync` (天天特卖库存同步接口). */
export interface AliyunIndustryTttmStockSyncRequest {
  /** 库存 */
  sync_stock?: AliyunIndustryTttmStockSyncStockInfoDtoInput;
}

/** Response of `aliyun.industry.tttm.stock.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunIndustryTttmStockSyncResponse {
  /** 成功失败标识 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StockInfoDto` of `aliyun.industry.tttm.stock.sync`. */
export interface AliyunIndustryTttmStockSyncStockInfoDtoInput {
  /** 工厂仓 */
  factory_depot?: AliyunIndustryTttmStockSyncProductInfoDtoInput[];
  /** 电商仓 */
  shop_depot?: AliyunIndustryTttmStockSyncProductInfoDtoInput[];
}

/** `ProductInfoDto` of `aliyun.industry.tttm.stock.sync`. */
export interface AliyunIndustryTttmStockSyncProductInfoDtoInput {
  /** 货品编码 */
  product_code?: string;
  /** 货品名称 */
  product_name?: string;
  /** 货品状态 */
  product_status?: Int64Input;
  /** 套餐数量 */
  set_amount?: Int64Input;
  /** 总库存 */
  total_amount?: Int64Input;
  /** 增量库存 */
  increment_amount?: Int64Input;
  /** 出入库 */
  increment_type?: Int64Input;
}

const REQUEST_SCHEMA = {
  sync_stock: {
    factory_depot: [
      {
        product_code: 'String',
        product_name: 'String',
        product_status: 'Number',
        set_amount: 'Number',
        total_amount: 'Number',
        increment_amount: 'Number',
        increment_type: 'Number',
      },
    ],
    shop_depot: [
      {
        product_code: 'String',
        product_name: 'String',
        product_status: 'Number',
        set_amount: 'Number',
        total_amount: 'Number',
        increment_amount: 'Number',
        increment_type: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `aliyun.industry.tttm.stock.sync`: method, response root, request and response schemas. */
export const aliyunIndustryTttmStockSyncOperation = {
  method: 'aliyun.industry.tttm.stock.sync',
  responseRoot: 'aliyun_industry_tttm_stock_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天天特卖库存同步接口 — calls TOP method `aliyun.industry.tttm.stock.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunIndustryTttmStockSync(
  client: TopClient,
  request: AliyunIndustryTttmStockSyncRequest = {},
  options?: CallOptions,
): Promise<AliyunIndustryTttmStockSyncResponse> {
  return client.call<AliyunIndustryTttmStockSyncResponse>(
    {
      method: 'aliyun.industry.tttm.stock.sync',
      responseRoot: 'aliyun_industry_tttm_stock_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
