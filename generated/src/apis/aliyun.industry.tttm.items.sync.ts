// Generated from specs/tttm/aliyun.industry.tttm.items.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.industry.tttm.items.sync` (天天特卖商品信息同步). */
export interface AliyunIndustryTttmItemsSyncRequest {
  /**
   * 商品信息
   *
   * Max list size: 20
   */
  sync_items?: AliyunIndustryTttmItemsSyncItemInfoDtoInput[];
}

/** Response of `aliyun.industry.tttm.items.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunIndustryTttmItemsSyncResponse {
  /** 成功失败标识 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemInfoDto` of `aliyun.industry.tttm.items.sync`. */
export interface AliyunIndustryTttmItemsSyncItemInfoDtoInput {
  /** 商品ID */
  item_id?: string;
  /** 货品信息 */
  product_info_d_t_os?: AliyunIndustryTttmItemsSyncProductInfoDtoInput[];
  /** skuId */
  sku_id?: string;
}

/** `ProductInfoDto` of `aliyun.industry.tttm.items.sync`. */
export interface AliyunIndustryTttmItemsSyncProductInfoDtoInput {
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
  sync_items: [
    {
      item_id: 'String',
      product_info_d_t_os: [
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
      sku_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `aliyun.industry.tttm.items.sync`: method, response root, request and response schemas. */
export const aliyunIndustryTttmItemsSyncOperation = {
  method: 'aliyun.industry.tttm.items.sync',
  responseRoot: 'aliyun_industry_tttm_items_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天天特卖商品信息同步 — calls TOP method `aliyun.industry.tttm.items.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunIndustryTttmItemsSync(
  client: TopClient,
  request: AliyunIndustryTttmItemsSyncRequest = {},
  options?: CallOptions,
): Promise<AliyunIndustryTttmItemsSyncResponse> {
  return client.call<AliyunIndustryTttmItemsSyncResponse>(
    {
      method: 'aliyun.industry.tttm.items.sync',
      responseRoot: 'aliyun_industry_tttm_items_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
