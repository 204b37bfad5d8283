// Generated from specs/wdk/alibaba.wdkorder.sharestock.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdkorder.sharestock.order.get` (猫超商户订单拉取). */
export interface AlibabaWdkorderSharestockOrderGetRequest {
  /** 淘宝主订单ID */
  tb_order_id: Int64Input;
}

/** Response of `alibaba.wdkorder.sharestock.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkorderSharestockOrderGetResponse {
  /** 调用结果 */
  result?: AlibabaWdkorderSharestockOrderGetMaochaoOrderQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MaochaoOrderQueryResult` of `alibaba.wdkorder.sharestock.order.get`. */
export interface AlibabaWdkorderSharestockOrderGetMaochaoOrderQueryResult {
  /** 返回码 */
  return_code?: string;
  /** 返回码说明 */
  return_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** 子订单列表 */
  sub_order_list?: AlibabaWdkorderSharestockOrderGetMaochaoWdkOrderDto[];
}

/** `MaochaoWdkOrderDto` of `alibaba.wdkorder.sharestock.order.get`. */
export interface AlibabaWdkorderSharestockOrderGetMaochaoWdkOrderDto {
  /** 订单状态 */
  order_status?: string;
  /** 库存单位购买数量 */
  buy_amount_stock?: string;
  /** 经营店ID */
  store_id?: string;
  /** 销售单位 */
  sale_unit?: string;
  /** 库存单位 */
  stock_unit?: string;
  /** 非标品售卖单位 */
  sell_unit?: string;
  /** 非标品购买数量 */
  ns_quantity?: string;
  /** 购买数量 */
  quantity?: Int64;
  /** 商品id */
  auction_id?: string;
  /** 商户编码 */
  merchant_code?: string;
  /** 五道口子订单ID */
  biz_sub_order_id?: Int64;
  /** 主站子订单ID */
  tb_sub_order_id?: Int64;
  /** 主站订单ID */
  tb_order_id?: Int64;
  /** 五道口订单ID */
  biz_order_id?: Int64;
  /** 商品价格 */
  auction_price?: Int64;
  /** 商品名称 */
  auction_title?: string;
  /** 支付时间 */
  pay_time?: string;
  /** 渠道店ID */
  shop_id?: string;
  /** 子订单扩展字段, 订单商品采购价数据purchase_price */
  attributes?: string;
  /** 商品条码 */
  barcode?: string;
  /** 返利比例 */
  purchase_rebate_ratio?: string;
  /** 是否进货返利 */
  purchase_rebate?: boolean;
  /** 不退货返利比例 */
  un_rebate_ratio?: string;
}

const REQUEST_SCHEMA = {
  tb_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_code: 'String',
    return_msg: 'String',
    success: 'Boolean',
    sub_order_list: [
      {
        order_status: 'String',
        buy_amount_stock: 'String',
        store_id: 'String',
        sale_unit: 'String',
        stock_unit: 'String',
        sell_unit: 'String',
        ns_quantity: 'String',
        quantity: 'Number',
        auction_id: 'String',
        merchant_code: 'String',
        biz_sub_order_id: 'Number',
        tb_sub_order_id: 'Number',
        tb_order_id: 'Number',
        biz_order_id: 'Number',
        auction_price: 'Number',
        auction_title: 'String',
        pay_time: 'String',
        shop_id: 'String',
        attributes: 'String',
        barcode: 'String',
        purchase_rebate_ratio: 'String',
        purchase_rebate: 'Boolean',
        un_rebate_ratio: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdkorder.sharestock.order.get`: method, response root, request and response schemas. */
export const alibabaWdkorderSharestockOrderGetOperation = {
  method: 'alibaba.wdkorder.sharestock.order.get',
  responseRoot: 'alibaba_wdkorder_sharestock_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 猫超商户订单拉取 — calls TOP method `alibaba.wdkorder.sharestock.order.get`.
 *
 * 商户拉取猫超订单数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkorderSharestockOrderGet(
  client: TopClient,
  request: AlibabaWdkorderSharestockOrderGetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkorderSharestockOrderGetResponse> {
  return client.call<AlibabaWdkorderSharestockOrderGetResponse>(
    {
      method: 'alibaba.wdkorder.sharestock.order.get',
      responseRoot: 'alibaba_wdkorder_sharestock_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
