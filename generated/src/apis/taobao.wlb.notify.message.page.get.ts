// Generated from specs/wlb/taobao.wlb.notify.message.page.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.notify.message.page.get` (物流宝通知消息查询接口). */
export interface TaobaoWlbNotifyMessagePageGetRequest {
  /** 通知消息编码： STOCK_IN_NOT_CONSISTENT---入库单不一致 CANCEL_ORDER_SUCCESS---取消订单成功 INVENTORY_CHECK---盘点 CANCEL_ORDER_FAILURE---取消订单失败 ORDER_REJECT--wms拒单 ORDER_CONFIRMED--订单处理成功 */
  msg_code?: string;
  /** 分页查询页数 */
  page_no?: Int64Input;
  /** 分页查询的每页页数 */
  page_size?: Int64Input;
  /** 记录开始时间 */
  start_date?: DateInput;
  /** 记录截至时间 */
  end_date?: DateInput;
  /** 消息状态： 不需要确认：NO_NEED_CONFIRM 已确认：CONFIRMED 待确认：TO_BE_CONFIRM */
  status?: string;
}

/** Response of `taobao.wlb.notify.message.page.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbNotifyMessagePageGetResponse {
  /** 通道消息 */
  wlb_messages?: TaobaoWlbNotifyMessagePageGetWlbMessage[];
  /** 2000-01-01 00:00:00 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WlbMessage` of `taobao.wlb.notify.message.page.get`. */
export interface TaobaoWlbNotifyMessagePageGetWlbMessage {
  /** 创建时间 */
  gmt_create?: string;
  /** 消息描述 */
  msg_description?: string;
  /**
   * 通知内容：msg_code为STOCK_IN_NOT_CONSISTENT时,msg_content为:orderCode:code;orderItemId:111;itemId:123;planQuantity:10;relQuantity:6;
   * msg_code为CANCEL_ORDER_SUCCESS及其它时,msg_content为：orderCode:code;
   * msg_code为CANCEL_ORDER_SUCCESS及其它时,msg_content为：orderCode:code; msg_code为INVENTORY_CHECK时，msg_content为orderCode:code;
   */
  msg_content?: string;
  /** 通知消息编码： STOCK_IN_NOT_CONSISTENT---入库单不一致 CANCEL_ORDER_SUCCESS---取消订单成功 CANCEL_ORDER_FAILURE---取消订单失败 INVENTORY_CHECK---盘点 INVENTORY_CHECK---盘点消息 ORDER_REJECT--wms拒单 ORDER_CONFIRMED--订单处理成功 WMS_FAILED--wms处理失败 */
  msg_code?: string;
  /** 消息状态： 不需要确认：NO_NEED_CONFIRM 已确认：CONFIRMED 待确认：TO_BE_CONFIRM */
  status?: string;
  /** 用户ID */
  user_id?: Int64;
  /** 消息通道ID */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  msg_code: 'String',
  page_no: 'Number',
  page_size: 'Number',
  start_date: 'Date',
  end_date: 'Date',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  wlb_messages: [
    {
      gmt_create: 'Date',
      msg_description: 'String',
      msg_content: 'String',
      msg_code: 'String',
      status: 'String',
      user_id: 'Number',
      id: 'Number',
    },
  ],
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.notify.message.page.get`: method, response root, request and response schemas. */
export const taobaoWlbNotifyMessagePageGetOperation = {
  method: 'taobao.wlb.notify.message.page.get',
  responseRoot: 'wlb_notify_message_page_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流宝通知消息查询接口 — calls TOP method `taobao.wlb.notify.message.page.get`.
 *
 * 物流宝提供的消息通知查询接口，消息内容包括;出入库单不一致消息，取消订单成功消息，盘点单消息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbNotifyMessagePageGet(
  client: TopClient,
  request: TaobaoWlbNotifyMessagePageGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbNotifyMessagePageGetResponse> {
  return client.call<TaobaoWlbNotifyMessagePageGetResponse>(
    {
      method: 'taobao.wlb.notify.message.page.get',
      responseRoot: 'wlb_notify_message_page_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
