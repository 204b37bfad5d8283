// Generated from specs/wlb/cainiao.merchant.inventory.adjust.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.merchant.inventory.adjust` (商家库存调整). */
export interface CainiaoMerchantInventoryAdjustRequest {
  /**
   * 商家仓编辑库存
   *
   * Max list size: 20
   */
  adjust_request: CainiaoMerchantInventoryAdjustMerStoreInvAdjustDtoInput[];
  /** 调用方应用名 */
  app_name: string;
  /** 操作 */
  operation?: string;
}

/** Response of `cainiao.merchant.inventory.adjust`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoMerchantInventoryAdjustResponse {
  /** result */
  result?: CainiaoMerchantInventoryAdjustSingleResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MerStoreInvAdjustDto` of `cainiao.merchant.inventory.adjust`. */
export interface CainiaoMerchantInventoryAdjustMerStoreInvAdjustDtoInput {
  /** 库存类型 */
  inventory_type: Int64Input;
  /** 扩展属性 */
  attribute?: string;
  /** 数量 */
  quantity: Int64Input;
  /** 外部操作唯一编码 */
  out_biz_code: string;
  /** 仓库编码 */
  store_code: string;
  /** 货品id */
  sc_item_id: Int64Input;
}

/** `SingleResultDto` of `cainiao.merchant.inventory.adjust`. */
export interface CainiaoMerchantInventoryAdjustSingleResultDto {
  /** errorCode */
  error_code?: string;
  /** errorMessage */
  error_message?: string;
  /** success */
  flag?: boolean;
}

const REQUEST_SCHEMA = {
  adjust_request: [
    {
      inventory_type: 'Number',
      attribute: 'String',
      quantity: 'Number',
      out_biz_code: 'String',
      store_code: 'String',
      sc_item_id: 'Number',
    },
  ],
  app_name: 'String',
  operation: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_message: 'String',
    flag: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.merchant.inventory.adjust`: method, response root, request and response schemas. */
export const cainiaoMerchantInventoryAdjustOperation = {
  method: 'cainiao.merchant.inventory.adjust',
  responseRoot: 'cainiao_merchant_inventory_adjust_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家库存调整 — calls TOP method `cainiao.merchant.inventory.adjust`.
 *
 * 商家仓库存调整接口，目前仅支持全量更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoMerchantInventoryAdjust(
  client: TopClient,
  request: CainiaoMerchantInventoryAdjustRequest,
  options?: CallOptions,
): Promise<CainiaoMerchantInventoryAdjustResponse> {
  return client.call<CainiaoMerchantInventoryAdjustResponse>(
    {
      method: 'cainiao.merchant.inventory.adjust',
      responseRoot: 'cainiao_merchant_inventory_adjust_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
