// Generated from specs/product/tmall.item.sku.sort.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.sku.sort.update` (商品销售属性排序更新). */
export interface TmallItemSkuSortUpdateRequest {
  /** 商品ID */
  item_id: Int64Input;
  /** 销售属性排序集合 */
  item_sale_prop_sort: TmallItemSkuSortUpdateItemSalePropSortInput;
}

/** Response of `tmall.item.sku.sort.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSkuSortUpdateResponse {
  /** 返回结果 */
  result?: TmallItemSkuSortUpdateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemSalePropSort` of `tmall.item.sku.sort.update`. */
export interface TmallItemSkuSortUpdateItemSalePropSortInput {
  /** 销售属性值集合 */
  sale_prop_value_sorts: TmallItemSkuSortUpdateSalePropValueSortInput[];
  /** 属性项名称 */
  property_value: string;
  /** 属性项ID */
  property_id: Int64Input;
}

/** `SalePropValueSort` of `tmall.item.sku.sort.update`. */
export interface TmallItemSkuSortUpdateSalePropValueSortInput {
  /** 属性值文本 */
  text: string;
  /** 属性值ID */
  value: Int64Input;
}

/** `ApiResult` of `tmall.item.sku.sort.update`. */
export interface TmallItemSkuSortUpdateApiResult {
  /** 执行结果 */
  success?: boolean;
  /** 错误信息集合 */
  error_codes?: TmallItemSkuSortUpdateErrorCode[];
}

/** `ErrorCode` of `tmall.item.sku.sort.update`. */
export interface TmallItemSkuSortUpdateErrorCode {
  /** 错误信息 */
  message?: string;
  /** 错误码标识 */
  mes_code?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  item_sale_prop_sort: {
    sale_prop_value_sorts: [
      {
        text: 'String',
        value: 'Number',
      },
    ],
    property_value: 'String',
    property_id: 'Number',
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

/** Static description of `tmall.item.sku.sort.update`: method, response root, request and response schemas. */
export const tmallItemSkuSortUpdateOperation = {
  method: 'tmall.item.sku.sort.update',
  responseRoot: 'tmall_item_sku_sort_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品销售属性排序更新 — calls TOP method `tmall.item.sku.sort.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSkuSortUpdate(
  client: TopClient,
  request: TmallItemSkuSortUpdateRequest,
  options?: CallOptions,
): Promise<TmallItemSkuSortUpdateResponse> {
  return client.call<TmallItemSkuSortUpdateResponse>(
    {
      method: 'tmall.item.sku.sort.update',
      responseRoot: 'tmall_item_sku_sort_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
