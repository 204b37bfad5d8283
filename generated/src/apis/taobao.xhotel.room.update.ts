// Generated from specs/xhotelitem/taobao.xhotel.room.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.xhotel.room.update` (房型库存推送接口（全量推送）). */
export interface TaobaoXhotelRoomUpdateRequest {
  /** 废弃，使用out_rid */
  gid?: Int64Input;
  /**
   * 卖家房型ID
   *
   * Max length: 50
   */
  out_rid?: string;
  /**
   * 系统商，一般不填写，使用须申请
   *
   * Max length: 50
   */
  vendor?: string;
  /**
   * 废弃，宝贝名称展示在店铺里
   *
   * Max length: 60
   */
  title?: string;
  /**
   * 废弃，房型购买须知展示在PC购物路径
   *
   * Max length: 600
   */
  guide?: string;
  /**
   * 废弃，宝贝描述展示在宝贝详情页面
   *
   * Max length: 50000
   */
  desc?: string;
  /**
   * 废弃，宝贝图片，没有默认使用标准酒店房型图片
   *
   * Max length: 512000
   */
  pic?: TopFile;
  /** 废弃，房型是否提供发票 */
  has_receipt?: boolean;
  /** 废弃，房型发票类型。A,B。分别代表： A:酒店住宿发票,B:其他 */
  receipt_type?: string;
  /**
   * 废弃，房型发票类型为其他时的发票描述,不能超过30个字
   *
   * Max length: 30
   */
  receipt_other_type_desc?: string;
  /**
   * 废弃，房型发票说明，不能超过100个字
   *
   * Max length: 100
   */
  receipt_info?: string;
  /** 房型共享库存日历。quota物理库存；al_quota保留房库存；sp_quota超预定库存。其中保留房库存和超预定库存需要向运营申请权限示例：[{"date":2011-01-28,"quota":10,"al_quota":2,"sp_quota":3}] */
  inventory?: string;
  /** 房型库存开关。 1，开；2，关 */
  room_switch_cal?: string;
  /** 超预定库存截止时间 */
  superbook_end_time?: string;
  /** 超预定库存开始时间 */
  superbook_start_time?: string;
  /** 保留房库存截止时间 */
  allotment_end_time?: string;
  /** 保留房库存截止时间 */
  allotment_start_time?: string;
  /** 宝贝状态,1上架。 */
  status?: Int64Input;
}

/** Response of `taobao.xhotel.room.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRoomUpdateResponse {
  /** gid酒店商品id */
  gid?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  gid: 'Number',
  out_rid: 'String',
  vendor: 'String',
  title: 'String',
  guide: 'String',
  desc: 'String',
  pic: 'byte[]',
  has_receipt: 'Boolean',
  receipt_type: 'String',
  receipt_other_type_desc: 'String',
  receipt_info: 'String',
  inventory: 'String',
  room_switch_cal: 'String',
  superbook_end_time: 'String',
  superbook_start_time: 'String',
  allotment_end_time: 'String',
  allotment_start_time: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  gid: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.room.update`: method, response root, request and response schemas. */
export const taobaoXhotelRoomUpdateOperation = {
  method: 'taobao.xhotel.room.update',
  responseRoot: 'xhotel_room_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 房型库存推送接口（全量推送） — calls TOP method `taobao.xhotel.room.update`.
 *
 * 此接口用于更新一个酒店商品，根据传入的gid更新商品信息，该商品必须为对应的发布者才能执行更新操作。如果对应的商品在酒店系统中不存在，则会返回错误提示。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRoomUpdate(
  client: TopClient,
  request: TaobaoXhotelRoomUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRoomUpdateResponse> {
  return client.call<TaobaoXhotelRoomUpdateResponse>(
    {
      method: 'taobao.xhotel.room.update',
      responseRoot: 'xhotel_room_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
