// Generated from specs/product/tmall.item.sku.new.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.sku.new.update` (更新sku销售属性标新状态). */
export interface TmallItemSkuNewUpdateRequest {
  /** 商品ID */
  item_id: Int64Input;
  /** 商品销售属性集合 */
  item_sale_prop_new: TmallItemSkuNewUpdateItemSalePropNewInput;
}

/** Response of `tmall.item.sku.new.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSkuNewUpdateResponse {
  /** 返回结果 */
  result?: TmallItemSkuNewUpdateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemSalePropNew` of `tmall.item.sku.new.update`. */
export interface TmallItemSkuNewUpdateItemSalePropNewInput {
  /** 属性项名称 */
  property_value: string;
  /** 属性项ID */
  property_id: Int64Input;
  /** 销售属性值集合 */
  sale_prop_value_status_list: TmallItemSkuNewUpdateSalePropValueStatusInput[];
}

/** `SalePropValueStatus` of `tmall.item.sku.new.update`. */
export interface TmallItemSkuNewUpdateSalePropValueStatusInput {
  /** 销售属性值文本 */
  text: string;
  /** 是否标新 */
  is_new: boolean;
  /** 销售属性值 */
  value: Int64Input;
}

/** `ApiResult` of `tmall.item.sku.new.update`. */
export interface TmallItemSkuNewUpdateApiResult {
  /** 执行结果 */
  success?: boolean;
  /** 错误码信息集合 */
  error_codes?: TmallItemSkuNewUpdateErrorCode[];
}

/** `ErrorCode` of `tmall.item.sku.new.update`. */
export interface TmallItemSkuNewUpdateErrorCode {
  /** 错误信息 */
  message?: string;
  /** 错误标识 */
  mes_code?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  item_sale_prop_new: {
    property_value: 'String',
    property_id: 'Number',
    sale_prop_value_status_list: [
      {
        text: 'String',
        is_new: 'Boolean',
        value: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_codes: [
      {
        message: 'String',
        mes_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.sku.new.update`: method, response root, request and response schemas. */
export const tmallItemSkuNewUpdateOperation = {
  method: 'tmall.item.sku.new.update',
  responseRoot: 'tmall_item_sku_new_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新sku销售属性标新状态 — calls TOP method `tmall.item.sku.new.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSkuNewUpdate(
  client: TopClient,
  request: TmallItemSkuNewUpdateRequest,
  options?: CallOptions,
): Promise<TmallItemSkuNewUpdateResponse> {
  return client.call<TmallItemSkuNewUpdateResponse>(
    {
      method: 'tmall.item.sku.new.update',
      responseRoot: 'tmall_item_sku_new_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
