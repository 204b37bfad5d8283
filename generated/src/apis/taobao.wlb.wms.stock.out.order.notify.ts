// Generated from specs/wms/taobao.wlb.wms.stock.out.order.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.stock.out.order.notify` (出库单通知). */
export interface TaobaoWlbWmsStockOutOrderNotifyRequest {
  /** 仓储编码 */
  store_code: string;
  /** ERP单据ID */
  order_code: string;
  /** 单据类型 301 调拨出库单、901普通出库单、903 其他出库单 305 B2B出库 */
  order_type: Int64Input;
  /** ERP可选择性文本透传至WMS */
  outbound_type_desc?: string;
  /** 订单创建时间 */
  order_create_time: DateInput;
  /** 要求出库日期 */
  send_time?: DateInput;
  /** 收件人信息 */
  receiver_info?: TaobaoWlbWmsStockOutOrderNotifyReceiverwlbwmsstockoutordernotifyInput;
  /** 发货方信息 */
  sender_info?: TaobaoWlbWmsStockOutOrderNotifySenderwlbwmsstockoutordernotifyInput;
  /** 出库方式 */
  transport_mode?: string;
  /** 承运商名称 */
  carriers_name?: string;
  /** 取件人姓名 */
  pick_name?: string;
  /** 取件人电话 */
  pick_call?: string;
  /** 取件人身份证ID */
  pick_id?: string;
  /** 车牌号 */
  car_no?: string;
  /**
   * 订单商品信息列表
   *
   * Max list size: 5000
   */
  order_item_list?: TaobaoWlbWmsStockOutOrderNotifyOrderitemlistwlbwmsstockoutordernotifyInput[];
  /** 备注 */
  remark?: string;
  /** 前物流订单号，如退货入库单可能会用到 */
  prev_order_code?: string;
  /** 拓展属性 */
  extend_fields?: string;
}

/** Response of `taobao.wlb.wms.stock.out.order.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsStockOutOrderNotifyResponse {
  /** 错误编码 */
  wl_error_code?: string;
  /** 是否成功 */
  wl_success?: boolean;
  /** 错误详细 */
  wl_error_msg?: string;
  /** 仓储订单编码 */
  order_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Receiverwlbwmsstockoutordernotify` of `taobao.wlb.wms.stock.out.order.notify`. */
export interface TaobaoWlbWmsStockOutOrderNotifyReceiverwlbwmsstockoutordernotifyInput {
  /** 收件方城市 */
  receiver_city?: string;
  /** 收件方区县 */
  receiver_area?: string;
  /** 收件方手机 */
  receiver_mobile?: string;
  /** 收件方省份 */
  receiver_province?: string;
  /** 收件方名称 */
  receiver_name?: string;
  /** 退供场景ECP填充供应商编码，调拨出库单ECP填充调拨入仓库编码, B2B出库单填写分销商ID(无分销ID的null) */
  receiver_code?: string;
  /** 收件方邮编 */
  receiver_zip_code?: string;
  /** 收件方地址 */
  receiver_address?: string;
  /** 收件方电话 */
  receiver_phone?: string;
}

/** `Senderwlbwmsstockoutordernotify` of `taobao.wlb.wms.stock.out.order.notify`. */
export interface TaobaoWlbWmsStockOutOrderNotifySenderwlbwmsstockoutordernotifyInput {
  /** 发件方镇 */
  sender_town?: string;
  /** 发件方邮编 */
  sender_zip_code?: string;
  /** 发件方地址 */
  sender_address?: string;
  /** 发件方名称 */
  sender_name?: string;
  /** 发件方省份 */
  sender_province?: string;
  /** 发件方区县 */
  sender_area?: string;
  /** 发件方城市 */
  sender_city?: string;
  /** 发件方手机 */
  sender_mobile?: string;
  /** 发件方电话 */
  sender_phone?: string;
}

/** `Orderitemlistwlbwmsstockoutordernotify` of `taobao.wlb.wms.stock.out.order.notify`. */
export interface TaobaoWlbWmsStockOutOrderNotifyOrderitemlistwlbwmsstockoutordernotifyInput {
  /** 订单商品信息 */
  order_item?: TaobaoWlbWmsStockOutOrderNotifyOrderitemwlbwmsstockoutordernotifyInput;
}

/** `Orderitemwlbwmsstockoutordernotify` of `taobao.wlb.wms.stock.out.order.notify`. */
export interface TaobaoWlbWmsStockOutOrderNotifyOrderitemwlbwmsstockoutordernotifyInput {
  /** 生产日期 */
  produce_date?: DateInput;
  /** 商品数量 */
  item_quantity?: Int64Input;
  /** 批次号 */
  batch_code?: string;
  /** ERP主键ID */
  order_item_id?: string;
  /** ERP商品ID */
  item_id?: string;
  /** 生产编码，同一商品可能因商家不同有不同编码 */
  produce_code?: string;
  /** 订单商品拓展属性数据 */
  extend_fields?: string;
  /** 库存类型 */
  inventory_type?: Int64Input;
  /** 到货日期 */
  due_date?: DateInput;
}

const REQUEST_SCHEMA = {
  store_code: 'String',
  order_code: 'String',
  order_type: 'Number',
  outbound_type_desc: 'String',
  order_create_time: 'Date',
  send_time: 'Date',
  receiver_info: {
    receiver_city: 'String',
    receiver_area: 'String',
    receiver_mobile: 'String',
    receiver_province: 'String',
    receiver_name: 'String',
    receiver_code: 'String',
    receiver_zip_code: 'String',
    receiver_address: 'String',
    receiver_phone: 'String',
  },
  sender_info: {
    sender_town: 'String',
    sender_zip_code: 'String',
    sender_address: 'String',
    sender_name: 'String',
    sender_province: 'String',
    sender_area: 'String',
    sender_city: 'String',
    sender_mobile: 'String',
    sender_phone: 'String',
  },
  transport_mode: 'String',
  carriers_name: 'String',
  pick_name: 'String',
  pick_call: 'String',
  pick_id: 'String',
  car_no: 'String',
  order_item_list: [
    {
      order_item: {
        produce_date: 'Date',
        item_quantity: 'Number',
        batch_code: 'String',
        order_item_id: 'String',
        item_id: 'String',
        produce_code: 'String',
        extend_fields: 'String',
        inventory_type: 'Number',
        due_date: 'Date',
      },
    },
  ],
  remark: 'String',
  prev_order_code: 'String',
  extend_fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  wl_error_code: 'String',
  wl_success: 'Boolean',
  wl_error_msg: 'String',
  order_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.stock.out.order.notify`: method, response root, request and response schemas. */
export const taobaoWlbWmsStockOutOrderNotifyOperation = {
  method: 'taobao.wlb.wms.stock.out.order.notify',
  responseRoot: 'wlb_wms_stock_out_order_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 出库单通知 — calls TOP method `taobao.wlb.wms.stock.out.order.notify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsStockOutOrderNotify(
  client: TopClient,
  request: TaobaoWlbWmsStockOutOrderNotifyRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWmsStockOutOrderNotifyResponse> {
  return client.call<TaobaoWlbWmsStockOutOrderNotifyResponse>(
    {
      method: 'taobao.wlb.wms.stock.out.order.notify',
      responseRoot: 'wlb_wms_stock_out_order_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
