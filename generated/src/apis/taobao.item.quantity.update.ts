// Generated from specs/tbitem/taobao.item.quantity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.quantity.update` (宝贝/SKU库存修改). */
export interface TaobaoItemQuantityUpdateRequest {
  /** 商品数字ID，必填参数 */
  num_iid: Int64Input;
  /** 要操作的SKU的数字ID，可选。如果不填默认修改宝贝的库存，如果填上则修改该SKU的库存 */
  sku_id?: Int64Input;
  /** SKU的商家编码，可选参数。如果不填则默认修改宝贝的库存，如果填了则按照商家编码搜索出对应的SKU并修改库存。当sku_id和本字段都填写时以sku_id为准搜索对应SKU */
  outer_id?: string;
  /** 库存修改值，必选。当全量更新库存时，quantity必须为大于等于0的正整数；当增量更新库存时，quantity为整数，可小于等于0。若增量更新时传入的库存为负数，则负数与实际库存之和不能小于0。比如当前实际库存为1，传入增量更新quantity=-1，库存改为0 */
  quantity: Int64Input;
  /** 库存更新方式，可选。1为全量更新，2为增量更新。如果不填，默认为全量更新 */
  type?: Int64Input;
}

/** Response of `taobao.item.quantity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemQuantityUpdateResponse {
  /** iid、numIid、num和modified，skus中每个sku的skuId、quantity和modified */
  item?: TaobaoItemQuantityUpdateItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Item` of `taobao.item.quantity.update`. */
export interface TaobaoItemQuantityUpdateItem {
  /** 商品id(注意：iid近期即将废弃，请用num_iid参数) */
  iid?: string;
  /** 商品数字id */
  num_iid?: Int64;
  /** 商品修改时间（格式：yyyy-MM-dd HH:mm:ss） */
  modified?: string;
  /** 商品数量 */
  num?: Int64;
  /** Sku列表。fields中只设置sku可以返回Sku结构体中所有字段，如果设置为sku.sku_id、sku.properties、sku.quantity等形式就只会返回相应的字段 */
  skus?: TaobaoItemQuantityUpdateSku[];
}

/** `Sku` of `taobao.item.quantity.update`. */
export interface TaobaoItemQuantityUpdateSku {
  /** sku的id */
  sku_id?: Int64;
  /** sku最后修改日期 时间格式：yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 属于这个sku的商品的数量， */
  quantity?: Int64;
}

const REQUEST_SCHEMA = {
  num_iid: 'Number',
  sku_id: 'Number',
  outer_id: 'String',
  quantity: 'Number',
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

/** Static description of `taobao.item.quantity.update`: method, response root, request and response schemas. */
export const taobaoItemQuantityUpdateOperation = {
  method: 'taobao.item.quantity.update',
  responseRoot: 'item_quantity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 宝贝/SKU库存修改 — calls TOP method `taobao.item.quantity.update`.
 *
 * 提供按照全量或增量形式修改宝贝/SKU库存的功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemQuantityUpdate(
  client: TopClient,
  request: TaobaoItemQuantityUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoItemQuantityUpdateResponse> {
  return client.call<TaobaoItemQuantityUpdateResponse>(
    {
      method: 'taobao.item.quantity.update',
      responseRoot: 'item_quantity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
