// Generated from specs/tbitem/tmall.item.shiptime.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.shiptime.update` (更新商品发货时间). */
export interface TmallItemShiptimeUpdateRequest {
  /** 商品ID */
  item_id: Int64Input;
  /** 被更新发货时间（商品级）；格式和具体设置的发货时间格式相关。绝对发货时间填写yyyy-MM-dd;相对发货时间填写数字。发货时间必须在当前时间后三天。如果设置的绝对时间小于当前时间的三天后，会清除该商品的发货时间设置。如果是相对时间小于3，则会提示出错。如果shiptimeType为0，要清除商品上的发货时间，该字段可以填任意字符,也可以不填。 */
  ship_time?: string;
  /**
   * 被更新SKU的发货时间，后台会根据三个子属性去查找匹配的sku，如果找到就默认对sku进行更新，当无匹配sku且更新类型针对sku，会报错。
   *
   * Max list size: 20
   */
  sku_ship_times?: TmallItemShiptimeUpdateUpdateSkuShipTimeInput[];
  /** 批量更新商品/SKU发货时间的备选项 */
  option: TmallItemShiptimeUpdateUpdateItemShipTimeOptionInput;
}

/** Response of `tmall.item.shiptime.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemShiptimeUpdateResponse {
  /** 被修改的商品ID */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateSkuShipTime` of `tmall.item.shiptime.update`. */
export interface TmallItemShiptimeUpdateUpdateSkuShipTimeInput {
  /** 被更新发货时间；格式和具体设置的发货时间格式相关。绝对发货时间填写yyyy-MM-dd;相对发货时间填写数字。 */
  ship_time?: string;
  /** SKU的ID */
  sku_id?: Int64Input;
  /** Sku属性串。格式:pid:vid;pid:vid,如: 1627207:3232483;1630696:3284570,表示机身颜色:军绿色;手机套餐:一电一充 */
  properties?: string;
  /** Sku的商家外部id；如：2015_07_23_D_123 */
  outer_id?: string;
}

/** `UpdateItemShipTimeOption` of `tmall.item.shiptime.update`. */
export interface TmallItemShiptimeUpdateUpdateItemShipTimeOptionInput {
  /** 0代表清空匹配的SKU发货时间数据或者商品发货时间数据；1代表：固定发货时间；2代表：相对发货时间 */
  ship_time_type: Int64Input;
  /** 更新类型，默认不填时更新sku，0表示更新sku，1表示更新商品维度，其他值均非法 */
  update_type?: Int64Input;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  ship_time: 'String',
  sku_ship_times: [
    {
      ship_time: 'String',
      sku_id: 'Number',
      properties: 'String',
      outer_id: 'String',
    },
  ],
  option: {
    ship_time_type: 'Number',
    update_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.shiptime.update`: method, response root, request and response schemas. */
export const tmallItemShiptimeUpdateOperation = {
  method: 'tmall.item.shiptime.update',
  responseRoot: 'tmall_item_shiptime_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新商品发货时间 — calls TOP method `tmall.item.shiptime.update`.
 *
 * 增加更新删除商品/SKU发货时间(支持同一商品下的SKU同时批量更新)
 * 1.
 * {
 * "shipTimeType": 2, ----相对发货时间（值为1则为绝对发货时间）
 * "updateType": 0 ---更新SKU
 * },
 *
 * 按照指定SKU更新指定SKU的发货时间，如果原本是商品级发货时间，商品级发货时间也清空
 *
 * 2.
 * {
 * "shipTimeType": 0, -- 删除发货时间
 * "updateType": 0 --更新SKU
 * },
 * 按照指定SKU删除指定SKU的发货时间
 *
 * 3.
 *
 * {
 * "shipTimeType": 2, ----相对发货时间（值为1则为绝对发货时间）
 * "updateType": 1 ---更新商品
 * },
 *
 * 更新商品级发货时间，如果原本是SKU级发货时间，清空所有SKU上的发货时间
 *
 * 4.
 * {
 * "shipTimeType": 0, -- 删除发货时间
 * "updateType": 1 --更新商品
 * },
 * 删除商品级的发货时间
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemShiptimeUpdate(
  client: TopClient,
  request: TmallItemShiptimeUpdateRequest,
  options?: CallOptions,
): Promise<TmallItemShiptimeUpdateResponse> {
  return client.call<TmallItemShiptimeUpdateResponse>(
    {
      method: 'tmall.item.shiptime.update',
      responseRoot: 'tmall_item_shiptime_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
