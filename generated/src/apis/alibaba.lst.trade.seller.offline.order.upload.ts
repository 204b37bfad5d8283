// Generated from specs/lstlogistics2/alibaba.lst.trade.seller.offline.order.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.seller.offline.order.upload` (供应商-线下订单-导入接口). */
export interface AlibabaLstTradeSellerOfflineOrderUploadRequest {
  /** 入参 */
  offline_order_upload_param?: AlibabaLstTradeSellerOfflineOrderUploadLstOffLineOrderUploadParamInput;
}

/** Response of `alibaba.lst.trade.seller.offline.order.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeSellerOfflineOrderUploadResponse {
  /** 接口返回model */
  result?: AlibabaLstTradeSellerOfflineOrderUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LstOffLineOrderUploadParam` of `alibaba.lst.trade.seller.offline.order.upload`. */
export interface AlibabaLstTradeSellerOfflineOrderUploadLstOffLineOrderUploadParamInput {
  /** 外部订单号,保证在商家下唯一 */
  out_order_id: string;
  /** 订单支付金额 */
  pay_amount: Int64Input;
  /** 订单创建时间 */
  order_create_time: DateInput;
  /** 订单支付时间 */
  order_pay_time?: DateInput;
  /** 仓库名称 */
  warehouse_name: string;
  /** 小店名称 */
  shop_name: string;
  /** 零售通小店id */
  lst_shop_id?: Int64Input;
  /** erp小店id */
  out_shop_id: string;
  /** 收货人联系方式 */
  receiver_contact: AlibabaLstTradeSellerOfflineOrderUploadContactParamInput;
  /** 发货人联系方式 */
  sender_contact: AlibabaLstTradeSellerOfflineOrderUploadContactParamInput;
  /** 收货地址 */
  receiver_address: AlibabaLstTradeSellerOfflineOrderUploadAddressParamInput;
  /** 子订单 */
  sub_orders: AlibabaLstTradeSellerOfflineOrderUploadSubOrderParamInput[];
  /** 买家备注 */
  buyer_message?: string;
}

/** `ContactParam` of `alibaba.lst.trade.seller.offline.order.upload`. */
export interface AlibabaLstTradeSellerOfflineOrderUploadContactParamInput {
  /** 联系人姓名 */
  contact_name: string;
  /** 手机号为11位 */
  contact_mobile: string;
  /** 电话 */
  contact_phone?: string;
}

/** `AddressParam` of `alibaba.lst.trade.seller.offline.order.upload`. */
export interface AlibabaLstTradeSellerOfflineOrderUploadAddressParamInput {
  /** 省 */
  province_name: string;
  /** 市 */
  city_name: string;
  /** 区 */
  district_name: string;
  /** 街道 */
  street_name?: string;
  /** 详细地址 */
  address: string;
}

/** `SubOrderParam` of `alibaba.lst.trade.seller.offline.order.upload`. */
export interface AlibabaLstTradeSellerOfflineOrderUploadSubOrderParamInput {
  /** 外部erp子单号 */
  sub_order_id: string;
  /** 商品名称 */
  item_name: string;
  /** erp商品编码 */
  out_item_code: string;
  /** 商品条码 */
  item_bar_code: string;
  /** lst商品id */
  item_id?: Int64Input;
  /** lst货品id */
  sc_item_id?: Int64Input;
  /** 商品单价，单位：分 */
  item_price: Int64Input;
  /** 商品数量 */
  item_quantity: Int64Input;
  /** 支付金额，单位：分 */
  pay_amount: Int64Input;
  /** 长 单位: mm */
  length: Int64Input;
  /** 宽 单位: mm */
  width: Int64Input;
  /** 高 单位: mm */
  height: Int64Input;
  /** 重量 单位：克 */
  weight: Int64Input;
  /** 体积 单位：立方毫米 */
  volume: Int64Input;
  /** 计量单位/规格 箱/个 */
  item_unit: string;
}

/** `Result` of `alibaba.lst.trade.seller.offline.order.upload`. */
export interface AlibabaLstTradeSellerOfflineOrderUploadResult {
  /** 是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 出货单id */
  content?: Int64;
}

const REQUEST_SCHEMA = {
  offline_order_upload_param: {
    out_order_id: 'String',
    pay_amount: 'Number',
    order_create_time: 'Date',
    order_pay_time: 'Date',
    warehouse_name: 'String',
    shop_name: 'String',
    lst_shop_id: 'Number',
    out_shop_id: 'String',
    receiver_contact: {
      contact_name: 'String',
      contact_mobile: 'String',
      contact_phone: 'String',
    },
    sender_contact: {
      contact_name: 'String',
      contact_mobile: 'String',
      contact_phone: 'String',
    },
    receiver_address: {
      province_name: 'String',
      city_name: 'String',
      district_name: 'String',
      street_name: 'String',
      address: 'String',
    },
    sub_orders: [
      {
        sub_order_id: 'String',
        item_name: 'String',
        out_item_code: 'String',
        item_bar_code: 'String',
        item_id: 'Number',
        sc_item_id: 'Number',
        item_price: 'Number',
        item_quantity: 'Number',
        pay_amount: 'Number',
        length: 'Number',
        width: 'Number',
        height: 'Number',
        weight: 'Number',
        volume: 'Number',
        item_unit: 'String',
      },
    ],
    buyer_message: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    content: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.seller.offline.order.upload`: method, response root, request and response schemas. */
export const alibabaLstTradeSellerOfflineOrderUploadOperation = {
  method: 'alibaba.lst.trade.seller.offline.order.upload',
  responseRoot: 'alibaba_lst_trade_seller_offline_order_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商-线下订单-导入接口 — calls TOP method `alibaba.lst.trade.seller.offline.order.upload`.
 *
 * 供应商线下订单数据上传、实现和零售通本地云仓订单的共配
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeSellerOfflineOrderUpload(
  client: TopClient,
  request: AlibabaLstTradeSellerOfflineOrderUploadRequest = {},
  options?: CallOptions,
): Promise<AlibabaLstTradeSellerOfflineOrderUploadResponse> {
  return client.call<AlibabaLstTradeSellerOfflineOrderUploadResponse>(
    {
      method: 'alibaba.lst.trade.seller.offline.order.upload',
      responseRoot: 'alibaba_lst_trade_seller_offline_order_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
