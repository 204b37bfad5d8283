// Generated from specs/product/tmall.item.setscombines.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.setscombines.edit` (普通商品转套装商品&套装商品编辑接口). */
export interface TmallItemSetscombinesEditRequest {
  /** 商品ID */
  item_id: Int64Input;
  /** 商品SKU更新套装货品时候用的数据 */
  update_sku_sc_product?: TmallItemSetscombinesEditUpdateSkuScProductInput;
}

/** Response of `tmall.item.setscombines.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSetscombinesEditResponse {
  /** 套装货品更新结果 */
  setscombine_update_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateSkuScProduct` of `tmall.item.setscombines.edit`. */
export interface TmallItemSetscombinesEditUpdateSkuScProductInput {
  /** 被更新的Sku对应的货品的货主id */
  sc_user_id?: Int64Input;
  /** 被更新的Sku对应的货品的货品id */
  sc_product_id?: Int64Input;
  /** 商家外部id，如果填写，将以商家外部id查找被更新的SKU */
  outer_id?: string;
  /** SkuID，如果填写，将以SKUID查找被更新的SKU */
  sku_id?: Int64Input;
  /** Sku属性串。格式:pid:vid;pid:vid,如: 1627207:3232483;1630696:3284570,表示机身颜色:军绿色;手机套餐:一电一充；如果填写将以属性对形式查找被更新SKU */
  properties?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  update_sku_sc_product: {
    sc_user_id: 'Number',
    sc_product_id: 'Number',
    outer_id: 'String',
    sku_id: 'Number',
    properties: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  setscombine_update_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.setscombines.edit`: method, response root, request and response schemas. */
export const tmallItemSetscombinesEditOperation = {
  method: 'tmall.item.setscombines.edit',
  responseRoot: 'tmall_item_setscombines_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 普通商品转套装商品&套装商品编辑接口 — calls TOP method `tmall.item.setscombines.edit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSetscombinesEdit(
  client: TopClient,
  request: TmallItemSetscombinesEditRequest,
  options?: CallOptions,
): Promise<TmallItemSetscombinesEditResponse> {
  return client.call<TmallItemSetscombinesEditResponse>(
    {
      method: 'tmall.item.setscombines.edit',
      responseRoot: 'tmall_item_setscombines_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
