// Generated from specs/idle/alibaba.idle.rent.item.sku.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.item.sku.update` (更新/增加sku信息). */
export interface AlibabaIdleRentItemSkuUpdateRequest {
  /** sku信息，更新后skuId保持不变 */
  sku: AlibabaIdleRentItemSkuUpdateItemSkuDtoInput;
}

/** Response of `alibaba.idle.rent.item.sku.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentItemSkuUpdateResponse {
  /** 系统自动生成 */
  result?: AlibabaIdleRentItemSkuUpdateTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemSkuDto` of `alibaba.idle.rent.item.sku.update`. */
export interface AlibabaIdleRentItemSkuUpdateItemSkuDtoInput {
  /** 商品id */
  item_id: Int64Input;
  /** 库存, 库存为0不会删除sku */
  quantity: Int64Input;
  /** 属性列表 */
  prop_list?: AlibabaIdleRentItemSkuUpdateItemPvPairDtoInput[];
}

/** `ItemPvPairDto` of `alibaba.idle.rent.item.sku.update`. */
export interface AlibabaIdleRentItemSkuUpdateItemPvPairDtoInput {
  /** 属性名 */
  prop_text?: string;
  /** 属性值 */
  value_text?: string;
}

/** `TopResult` of `alibaba.idle.rent.item.sku.update`. */
export interface AlibabaIdleRentItemSkuUpdateTopResult {
  /** data */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  sku: {
    item_id: 'Number',
    quantity: 'Number',
    prop_list: [
      {
        prop_text: 'String',
        value_text: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.item.sku.update`: method, response root, request and response schemas. */
export const alibabaIdleRentItemSkuUpdateOperation = {
  method: 'alibaba.idle.rent.item.sku.update',
  responseRoot: 'alibaba_idle_rent_item_sku_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新/增加sku信息 — calls TOP method `alibaba.idle.rent.item.sku.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentItemSkuUpdate(
  client: TopClient,
  request: AlibabaIdleRentItemSkuUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRentItemSkuUpdateResponse> {
  return client.call<AlibabaIdleRentItemSkuUpdateResponse>(
    {
      method: 'alibaba.idle.rent.item.sku.update',
      responseRoot: 'alibaba_idle_rent_item_sku_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
