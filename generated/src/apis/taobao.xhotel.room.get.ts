// Generated from specs/xhotelitem/taobao.xhotel.room.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.room.get` (room实体查询). */
export interface TaobaoXhotelRoomGetRequest {
  /** 卖家渠道 如果gid为空，那么out_rid和vendor都不能为空。 支持通过gid或者通过out_rid和vendor来获取商品 */
  vendor?: string;
  /** 外部房型id 如果gid为空，那么out_rid和vendor都不能为空 支持通过gid或者通过out_rid和vendor来获取商品 */
  out_rid?: string;
  /** 废弃 */
  gid?: Int64Input;
}

/** Response of `taobao.xhotel.room.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRoomGetResponse {
  /** 房间信息 */
  room?: TaobaoXhotelRoomGetFirstResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FirstResult` of `taobao.xhotel.room.get`. */
export interface TaobaoXhotelRoomGetFirstResult {
  /** 发票类型为其他时的发票描述,不能超过30个汉字，60个字符 */
  receipt_other_type_desc?: string;
  /** 发票类型。A,B。分别代表： A:酒店住宿发票,B:其他 */
  receipt_type?: string;
  /** 酒店商品是否提供发票 */
  has_receipt?: boolean;
  /** 酒店商品图片Url。多个url用逗号隔开 */
  pic_urls?: string;
  /** 宝贝描述 */
  desc?: string;
  /** 购买须知 */
  guide?: string;
  /** 宝贝名称 */
  title?: string;
  /** rid房型id */
  rid?: Int64;
  /** hid酒店id */
  hid?: Int64;
  /** iid淘宝商品id */
  iid?: Int64;
  /** gid酒店商品id */
  gid?: Int64;
  /** 发票说明，不能超过100个汉字,200个字符。 */
  receipt_info?: string;
  /** 库存日历 */
  inventory?: string;
  /** 宝贝状态。1：上架。2：下架。3：删除 */
  status?: Int64;
  /** 橱窗推荐 */
  recommend?: boolean;
  /** 创建时间 */
  created_time?: string;
  /** 修改时间 */
  modified_time?: string;
  /** extend_info1 */
  extend_info1?: string;
  /** extend_info2 */
  extend_info2?: string;
  /** extend_info3 */
  extend_info3?: string;
  /** 卖家渠道 */
  vendor?: string;
  /** out_rid */
  out_rid?: string;
  /** 商品下架原因 */
  down_reason?: string;
  /** switchCalendar */
  switch_calendar?: string;
}

const REQUEST_SCHEMA = {
  vendor: 'String',
  out_rid: 'String',
  gid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  room: {
    receipt_other_type_desc: 'String',
    receipt_type: 'String',
    has_receipt: 'Boolean',
    pic_urls: 'String',
    desc: 'String',
    guide: 'String',
    title: 'String',
    rid: 'Number',
    hid: 'Number',
    iid: 'Number',
    gid: 'Number',
    receipt_info: 'String',
    inventory: 'String',
    status: 'Number',
    recommend: 'Boolean',
    created_time: 'Date',
    modified_time: 'Date',
    extend_info1: 'String',
    extend_info2: 'String',
    extend_info3: 'String',
    vendor: 'String',
    out_rid: 'String',
    down_reason: 'String',
    switch_calendar: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.room.get`: method, response root, request and response schemas. */
export const taobaoXhotelRoomGetOperation = {
  method: 'taobao.xhotel.room.get',
  responseRoot: 'xhotel_room_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * room实体查询 — calls TOP method `taobao.xhotel.room.get`.
 *
 * 此接口用于查询一个商品，根据传入的gid查询商品信息。卖家只能查询自己的商品。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRoomGet(
  client: TopClient,
  request: TaobaoXhotelRoomGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRoomGetResponse> {
  return client.call<TaobaoXhotelRoomGetResponse>(
    {
      method: 'taobao.xhotel.room.get',
      responseRoot: 'xhotel_room_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
