// Generated from specs/fenxiao/tmall.supplychain.channel.product.quantity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.supplychain.channel.product.quantity.update` (渠道无仓库存更新接口). */
export interface TmallSupplychainChannelProductQuantityUpdateRequest {
  /** 库存修改值，必选。当全量更新库存时，quantity必须为大于等于0的正整数；当增量更新库存时，quantity为整数，可小于等于0。若增量更新时传入的库存为负数，则负数与实际库存之和不能小于0。比如当前实际库存为1，传入增量更新quantity=-1，库存改为0 */
  quantity: Int64Input;
  /** 产品数字ID */
  product_id: Int64Input;
  /** 产品SKU ID */
  sku_id?: Int64Input;
  /** 库存更新方式，可选。1为全量更新，2为增量更新。如果不填，默认为全量更新 */
  update_type?: Int64Input;
}

/** Response of `tmall.supplychain.channel.product.quantity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallSupplychainChannelProductQuantityUpdateResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TmallSupplychainChannelProductQuantityUpdateResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.supplychain.channel.product.quantity.update`. */
export interface TmallSupplychainChannelProductQuantityUpdateResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 更新内容 */
  module?: TmallSupplychainChannelProductQuantityUpdateTopProductQuantityResult;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `TopProductQuantityResult` of `tmall.supplychain.channel.product.quantity.update`. */
export interface TmallSupplychainChannelProductQuantityUpdateTopProductQuantityResult {
  /** 产品数字ID */
  product_id?: Int64;
  /** SKU ID */
  sku_id?: Int64;
  /** 更新后库存数量 */
  result?: string;
  /** 更新时间 */
  modified_time?: string;
}

const REQUEST_SCHEMA = {
  quantity: 'Number',
  product_id: 'Number',
  sku_id: 'Number',
  update_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      product_id: 'Number',
      sku_id: 'Number',
      result: 'String',
      modified_time: 'Date',
    },
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.supplychain.channel.product.quantity.update`: method, response root, request and response schemas. */
export const tmallSupplychainChannelProductQuantityUpdateOperation = {
  method: 'tmall.supplychain.channel.product.quantity.update',
  responseRoot: 'tmall_supplychain_channel_product_quantity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渠道无仓库存更新接口 — calls TOP method `tmall.supplychain.channel.product.quantity.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallSupplychainChannelProductQuantityUpdate(
  client: TopClient,
  request: TmallSupplychainChannelProductQuantityUpdateRequest,
  options?: CallOptions,
): Promise<TmallSupplychainChannelProductQuantityUpdateResponse> {
  return client.call<TmallSupplychainChannelProductQuantityUpdateResponse>(
    {
      method: 'tmall.supplychain.channel.product.quantity.update',
      responseRoot: 'tmall_supplychain_channel_product_quantity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
