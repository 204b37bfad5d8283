// Generated from specs/product/tmall.item.sku.new.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.sku.new.get` (查询sku销售属性标新信息). */
export interface TmallItemSkuNewGetRequest {
  /** 商品ID */
  item_id: Int64Input;
}

/** Response of `tmall.item.sku.new.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSkuNewGetResponse {
  /** 返回结果 */
  result?: TmallItemSkuNewGetApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `tmall.item.sku.new.get`. */
export interface TmallItemSkuNewGetApiResult {
  /** 执行结果 */
  success?: boolean;
  /** 错误码集合 */
  error_codes?: TmallItemSkuNewGetErrorCode[];
  /** sku标新信息集合 */
  model?: TmallItemSkuNewGetItemSalePropNew[];
}

/** `ErrorCode` of `tmall.item.sku.new.get`. */
export interface TmallItemSkuNewGetErrorCode {
  /** 错误码信息 */
  message?: string;
  /** 错误码标识 */
  mes_code?: string;
}

/** `ItemSalePropNew` of `tmall.item.sku.new.get`. */
export interface TmallItemSkuNewGetItemSalePropNew {
  /** 属性ID */
  property_id?: Int64;
  /** 属性文本 */
  property_value?: string;
  /** 属性状态集合 */
  sale_prop_value_status_list?: TmallItemSkuNewGetSalePropValueStatus[];
}

/** `SalePropValueStatus` of `tmall.item.sku.new.get`. */
export interface TmallItemSkuNewGetSalePropValueStatus {
  /** 属性值ID */
  value?: Int64;
  /** 属性文本 */
  text?: string;
  /** 是否新品 */
  is_new?: boolean;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
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
    model: [
      {
        property_id: 'Number',
        property_value: 'String',
        sale_prop_value_status_list: [
          {
            value: 'Number',
            text: 'String',
            is_new: 'Boolean',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.sku.new.get`: method, response root, request and response schemas. */
export const tmallItemSkuNewGetOperation = {
  method: 'tmall.item.sku.new.get',
  responseRoot: 'tmall_item_sku_new_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询sku销售属性标新信息 — calls TOP method `tmall.item.sku.new.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSkuNewGet(
  client: TopClient,
  request: TmallItemSkuNewGetRequest,
  options?: CallOptions,
): Promise<TmallItemSkuNewGetResponse> {
  return client.call<TmallItemSkuNewGetResponse>(
    {
      method: 'tmall.item.sku.new.get',
      responseRoot: 'tmall_item_sku_new_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
