// Generated from specs/xhotelitem/taobao.xhotel.rate.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rate.get` (酒店产品库rate查询). */
export interface TaobaoXhotelRateGetRequest {
  /** gid酒店商品id */
  gid?: Int64Input;
  /** 酒店RPID */
  rpid?: Int64Input;
  /**
   * 用于标示该宝贝的售卖渠道信息，允许同一个卖家酒店房型在淘宝系统发布多个售卖渠道的宝贝的价格。
   *
   * Max length: 50
   */
  vendor?: string;
  /**
   * 卖家自己系统的Code，简称RateCode
   *
   * Max length: 128
   */
  rateplan_code?: string;
  /**
   * 卖家房型ID, 这是卖家自己系统中的房型ID 注意：需要按照规则组合
   *
   * Max length: 128
   */
  out_rid?: string;
  /** RateID */
  rate_id?: Int64Input;
}

/** Response of `taobao.xhotel.rate.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRateGetResponse {
  /** rate */
  rate?: TaobaoXhotelRateGetRate;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Rate` of `taobao.xhotel.rate.get`. */
export interface TaobaoXhotelRateGetRate {
  /** 酒店商品id */
  gid?: Int64;
  /** 酒店RPID */
  rpid?: Int64;
  /** 名称 */
  name?: string;
  /**
   * 价格和库存信息。
   * A:use_room_inventory:是否使用room级别共享库存，可选值 true false 1、true时：使用room级别共享库存（即使用gid对应的XRoom中的inventory），rate_quota_map 的json 数据中不需要录入库存信息,录入的库存信息会忽略 2、false时：使用rate级别私有库存，此时要求价格和库存必填。
   * B:date 日期必须为 T---T+90 日内的日期（T为当天），且不能重复
   * C:price 价格 int类型 取值范围1-99999999 单位为分
   * D:quota 库存 int 类型 取值范围 0-999（数量库存） 60000(状态库存关) 61000(状态库存开)
   */
  inventory_price?: string;
  /** 额外服务-是否可以加床，1：不可以，2：可以 */
  add_bed?: Int64;
  /** 额外服务-加床价格 */
  add_bed_price?: Int64;
  /** 币种（仅支持CNY） */
  currency_code?: Int64;
  /** 实价有房标签（RP支付类型为全额支付） */
  shijia_tag?: Int64;
  /** 即时确认状态，表示此rate预订后是否可以直接发货。可取范围：0,1。可以为空 */
  jishiqueren_tag?: Int64;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /** 是否使用RoomInventory库存 仅当Rate上使用时有意义 */
  use_room_inventory?: boolean;
  /** 结构化的库存和开关, date 日期 price 价格 int 类型, 取值范围1-99999999 单位为分 quota 普通库存 int 类型 取值范围 0-999（数量库存） 60000(状态库存关) 61000(状态库存开) alQuota 协议保留房库存 int 类型 取值范围 0-999（数量库存） 60000(状态库存关) 61000(状态库存开) genAlQuota 普通保留房库存, int 类型 取值范围 0-999（数量库存） 60000(状态库存关) 61000(状态库存开) rateSwitch date日期的价格开关, 值为true时,表示当天价格开, false表示价格关 */
  inv_price_with_switch?: string;
  /** rate 维度下特殊标签含义 json: {"ebk-tail-room-Rate":1}, key:ebk-tail-room-Rate 表示rate维度ebk尾房标 */
  tag_json?: string;
}

const REQUEST_SCHEMA = {
  gid: 'Number',
  rpid: 'Number',
  vendor: 'String',
  rateplan_code: 'String',
  out_rid: 'String',
  rate_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  rate: {
    gid: 'Number',
    rpid: 'Number',
    name: 'String',
    inventory_price: 'String',
    add_bed: 'Number',
    add_bed_price: 'Number',
    currency_code: 'Number',
    shijia_tag: 'Number',
    jishiqueren_tag: 'Number',
    created_time: 'Date',
    modified_time: 'Date',
    use_room_inventory: 'Boolean',
    inv_price_with_switch: 'String',
    tag_json: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rate.get`: method, response root, request and response schemas. */
export const taobaoXhotelRateGetOperation = {
  method: 'taobao.xhotel.rate.get',
  responseRoot: 'xhotel_rate_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店产品库rate查询 — calls TOP method `taobao.xhotel.rate.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRateGet(
  client: TopClient,
  request: TaobaoXhotelRateGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRateGetResponse> {
  return client.call<TaobaoXhotelRateGetResponse>(
    {
      method: 'taobao.xhotel.rate.get',
      responseRoot: 'xhotel_rate_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
