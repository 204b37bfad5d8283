// Generated from specs/tbitem/taobao.skus.quantity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.skus.quantity.update` (SKU库存修改). */
export interface TaobaoSkusQuantityUpdateRequest {
  /** 商品数字ID，必填参数 */
  num_iid: Int64Input;
  /** sku库存批量修改入参，用于指定一批sku和每个sku的库存修改值，特殊可填。格式为skuId:库存修改值;skuId:库存修改值。最多支持20个SKU同时修改。 */
  skuid_quantities?: string;
  /** 特殊可选，skuIdQuantities为空的时候用该字段通过outerId来指定sku和其库存修改值。格式为outerId:库存修改值;outerId:库存修改值。当skuIdQuantities不为空的时候该字段失效。当一个outerId对应多个sku时，所有匹配到的sku都会被修改库存。最多支持20个SKU同时修改。 */
  outerid_quantities?: string;
  /** 库存更新方式，可选。1为全量更新，2为增量更新。如果不填，默认为全量更新。当选择全量更新时，如果库存更新值传入的是负数，会出错并返回错误码；当选择增量更新时，如果库存更新值为负数且绝对值大于当前库存，则sku库存会设置为0. */
  type?: Int64Input;
}

/** Response of `taobao.skus.quantity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSkusQuantityUpdateResponse {
  /** iid、numIid、num和modified，skus中每个sku的skuId、quantity和modified */
  item?: TaobaoSkusQuantityUpdateItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.skus.quantity.update`. */
export interface TaobaoSkusQuantityUpdateItem {
  /** 商品id(注意：iid近期即将废弃，请用num_iid参数) */
  iid?: string;
  /** 商品数字id */
  num_iid?: Int64;
  /** 商品修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
  /** 商品数量 */
  num?: Int64;
  /** Sku列表。fields中只设置sku可以返回Sku结构体中所有字段，如果设置为sku.sku_id、sku.properties、sku.quantity等形式就只会返回相应的字段 */
  skus?: TaobaoSkusQuantityUpdateSku[];
}

/** `Sku` of `taobao.skus.quantity.update`. */
export interface TaobaoSkusQuantityUpdateSku {
  /** sku的id */
  sku_id?: Int64;
  /** sku最后修改日期 时间格式：yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 属于这个sku的商品的数量， */
  quantity?: Int64;
}

const REQUEST_SCHEMA = {
  num_iid: 'Number',
  skuid_quantities: 'String',
  outerid_quantities: 'String',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item: {
    iid: 'String',
    num_iid: 'Number',
    modified: 'Date',
    num: 'Number',
    skus: [
      {
        sku_id: 'Number',
        modified: 'String',
        quantity: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.skus.quantity.update`: method, response root, request and response schemas. */
export const taobaoSkusQuantityUpdateOperation = {
  method: 'taobao.skus.quantity.update',
  responseRoot: 'skus_quantity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * SKU库存修改 — calls TOP method `taobao.skus.quantity.update`.
 *
 * 提供按照全量/增量的方式批量修改SKU库存的功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSkusQuantityUpdate(
  client: TopClient,
  request: TaobaoSkusQuantityUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSkusQuantityUpdateResponse> {
  return client.call<TaobaoSkusQuantityUpdateResponse>(
    {
      method: 'taobao.skus.quantity.update',
      responseRoot: 'skus_quantity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
