// Generated from specs/wms/taobao.wlb.wms.stock.in.order.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.stock.in.order.notify` (入库通知单). */
export interface TaobaoWlbWmsStockInOrderNotifyRequest {
  /** 入库单据编码 */
  order_code: string;
  /** 仓库编码 */
  store_code: string;
  /** 单据类型 601普通入库单、501销退入库单、302 调拨入库单、904其他入库单、306 B2B入库 */
  order_type: Int64Input;
  /** 可选择性文本透传至WMS，比如加工归还、委外归还、借出归还、内部归还等 */
  inbound_type_desc?: string;
  /** 订单标记以逗号分隔： 9:上门退货入库 13: 退货时是否收取发票，默认不收取（即没13为多选项，如1,2,8,9） */
  order_flag?: string;
  /** 单据创建时间 */
  order_create_time: DateInput;
  /** 供应商编码，往来单位编码 */
  supplier_code?: string;
  /** 供应商名称 ，往来单位名称 */
  supplier_name?: string;
  /** 配送公司编码，拒收（非妥投）的销退订单，由ERP填充原单配送公司编码 */
  tms_service_code?: string;
  /** 快递公司名称 */
  tms_service_name?: string;
  /** 运单号&托运单号 1) 入库单支持多运单号录入 2) 销退场景下如果是拒收（非妥投运单）由ERP填充原运单号 */
  tms_order_code?: string;
  /** 来源单据号，如销售退货时填充原销售订单号 */
  prev_order_code?: string;
  /** 销退时请提供退货的原因 */
  return_reason?: string;
  /** 预期送达开始时间 */
  expect_start_time?: string;
  /** 预期送达结束时间 */
  expect_end_time?: string;
  /** 扩展属性, key-value结构，格式要求： 以英文分号“;”分隔每组key-value，以英文冒号“:”分隔key与value。如果value中带有分号，需要转成下划线“_”，如果带有冒号，需要转成中划线“-” */
  extend_fields?: string;
  /** 备注，销退入库订单需要留言备注填充到此字段 */
  remark?: string;
  /** 系统自动生成 */
  sender_info?: TaobaoWlbWmsStockInOrderNotifySenderinfowlbwmsstockinordernotifywlInput;
  /** 系统自动生成 */
  receiver_info?: TaobaoWlbWmsStockInOrderNotifyReceiverinfowlbwmsstockinordernotifywlInput;
  /**
   * 系统自动生成
   *
   * Max list size: 5000
   */
  order_item_list: TaobaoWlbWmsStockInOrderNotifyOrderitemlistwlbwmsstockinordernotifywlInput[];
}

/** Response of `taobao.wlb.wms.stock.in.order.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsStockInOrderNotifyResponse {
  /** 错误详细 */
  wl_error_msg?: string;
  /** 错误编码 */
  wl_error_code?: string;
  /** 是否成功 */
  wl_success?: boolean;
  /** 系统自动生成 */
  order_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Senderinfowlbwmsstockinordernotifywl` of `taobao.wlb.wms.stock.in.order.notify`. */
export interface TaobaoWlbWmsStockInOrderNotifySenderinfowlbwmsstockinordernotifywlInput {
  /** 发件方电话 */
  sender_phone?: string;
  /** 发件方手机 */
  sender_mobile?: string;
  /** 发件方名称，销退场景下填写买家名称； 调拨场景下填写调拨出仓库名称； */
  sender_name?: string;
  /** 发件方编码，销退场景下填写买家nick，旺旺号等； 调拨场景下填写调拨出仓库编码； */
  sender_code?: string;
  /** 发件方地址 */
  sender_address?: string;
  /** 发件方镇 */
  sender_town?: string;
  /** 发件方区县 */
  sender_area?: string;
  /** 发件方城市 */
  sender_city?: string;
  /** 发件方省份 */
  sender_province?: string;
  /** 发件方邮编 */
  sender_zip_code?: string;
}

/** `Receiverinfowlbwmsstockinordernotifywl` of `taobao.wlb.wms.stock.in.order.notify`. */
export interface TaobaoWlbWmsStockInOrderNotifyReceiverinfowlbwmsstockinordernotifywlInput {
  /** 收件人手机 */
  receiver_phone?: string;
  /** 收件人手机 */
  receiver_mobile?: string;
  /** 收件人名称 */
  receiver_name?: string;
  /** 收件方地址 */
  receiver_address?: string;
  /** 收件人区县 */
  receiver_area?: string;
  /** 收件人城市 */
  receiver_city?: string;
  /** 收件人省份 */
  receiver_province?: string;
  /** 收件人邮编 */
  receiver_zip_code?: string;
  /** 收件人镇 */
  receiver_town?: string;
}

/** `Orderitemlistwlbwmsstockinordernotifywl` of `taobao.wlb.wms.stock.in.order.notify`. */
export interface TaobaoWlbWmsStockInOrderNotifyOrderitemlistwlbwmsstockinordernotifywlInput {
  /** 系统自动生成 */
  order_item: TaobaoWlbWmsStockInOrderNotifyOrderitemwlbwmsstockinordernotifywlInput;
}

/** `Orderitemwlbwmsstockinordernotifywl` of `taobao.wlb.wms.stock.in.order.notify`. */
export interface TaobaoWlbWmsStockInOrderNotifyOrderitemwlbwmsstockinordernotifywlInput {
  /** 订单商品拓展属性 */
  extend_fields?: string;
  /** 生产批号 */
  produce_code?: string;
  /** 失效日期 */
  due_date?: DateInput;
  /** 生产日期 */
  produce_date?: DateInput;
  /** 批次编号 */
  batch_code?: string;
  /** 采购价格 */
  purchase_price?: Int64Input;
  /** 商品数量 */
  item_quantity: Int64Input;
  /** 库存类型 1 正品 101 残次 102 机损 103 箱损 201 冻结库存 301 在途库存 */
  inventory_type: Int64Input;
  /** 后端商品ID */
  item_id: string;
  /** ERP单据明细ID */
  order_item_id: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  store_code: 'String',
  order_type: 'Number',
  inbound_type_desc: 'String',
  order_flag: 'String',
  order_create_time: 'Date',
  supplier_code: 'String',
  supplier_name: 'String',
  tms_service_code: 'String',
  tms_service_name: 'String',
  tms_order_code: 'String',
  prev_order_code: 'String',
  return_reason: 'String',
  expect_start_time: 'String',
  expect_end_time: 'String',
  extend_fields: 'String',
  remark: 'String',
  sender_info: {
    sender_phone: 'String',
    sender_mobile: 'String',
    sender_name: 'String',
    sender_code: 'String',
    sender_address: 'String',
    sender_town: 'String',
    sender_area: 'String',
    sender_city: 'String',
    sender_province: 'String',
    sender_zip_code: 'String',
  },
  receiver_info: {
    receiver_phone: 'String',
    receiver_mobile: 'String',
    receiver_name: 'String',
    receiver_address: 'String',
    receiver_area: 'String',
    receiver_city: 'String',
    receiver_province: 'String',
    receiver_zip_code: 'String',
    receiver_town: 'String',
  },
  order_item_list: [
    {
      order_item: {
        extend_fields: 'String',
        produce_code: 'String',
        due_date: 'Date',
        produce_date: 'Date',
        batch_code: 'String',
        purchase_price: 'Number',
        item_quantity: 'Number',
        inventory_type: 'Number',
        item_id: 'String',
        order_item_id: 'String',
      },
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  wl_error_msg: 'String',
  wl_error_code: 'String',
  wl_success: 'Boolean',
  order_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.stock.in.order.notify`: method, response root, request and response schemas. */
export const taobaoWlbWmsStockInOrderNotifyOperation = {
  method: 'taobao.wlb.wms.stock.in.order.notify',
  responseRoot: 'wlb_wms_stock_in_order_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 入库通知单 — calls TOP method `taobao.wlb.wms.stock.in.order.notify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsStockInOrderNotify(
  client: TopClient,
  request: TaobaoWlbWmsStockInOrderNotifyRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWmsStockInOrderNotifyResponse> {
  return client.call<TaobaoWlbWmsStockInOrderNotifyResponse>(
    {
      method: 'taobao.wlb.wms.stock.in.order.notify',
      responseRoot: 'wlb_wms_stock_in_order_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
