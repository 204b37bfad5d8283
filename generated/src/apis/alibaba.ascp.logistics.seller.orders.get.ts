// Generated from specs/tblogistics/alibaba.ascp.logistics.seller.orders.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.seller.orders.get` (商家配送核销订单列表查询). */
export interface AlibabaAscpLogisticsSellerOrdersGetRequest {
  /** 核销日期 */
  write_off_date?: string;
  /** 分页索引 */
  page_index?: Int64Input;
  /** 收货码 */
  receive_code: string;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 淘系交易id */
  tid?: string;
  /** 1代表未核销，2代表已核销 */
  write_off_status?: string;
}

/** Response of `alibaba.ascp.logistics.seller.orders.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsSellerOrdersGetResponse {
  /** 返回值 */
  result?: AlibabaAscpLogisticsSellerOrdersGetResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDTO` of `alibaba.ascp.logistics.seller.orders.get`. */
export interface AlibabaAscpLogisticsSellerOrdersGetResultDTO {
  /** 返回核销订单列表 */
  writeoff_order_list?: AlibabaAscpLogisticsSellerOrdersGetWriteOffOrderDTO[];
  /** 是否成功 */
  success?: boolean;
}

/** `WriteOffOrderDTO` of `alibaba.ascp.logistics.seller.orders.get`. */
export interface AlibabaAscpLogisticsSellerOrdersGetWriteOffOrderDTO {
  /** 交易单所包含的商品列表 */
  goods_list?: AlibabaAscpLogisticsSellerOrdersGetWriteOffGoodsDTO[];
  /** 核销订单Id */
  lp_order_id?: string;
  /** 淘宝交易Id */
  trade_id?: string;
}

/** `WriteOffGoodsDTO` of `alibaba.ascp.logistics.seller.orders.get`. */
export interface AlibabaAscpLogisticsSellerOrdersGetWriteOffGoodsDTO {
  /** 商品Id */
  item_id?: string;
  /** 价格 */
  price?: string;
  /** 数量 */
  goods_quantity?: Int64;
  /** 名称 */
  goods_name?: string;
  /** 商品sku id */
  sku_id?: string;
  /** 商品图片地址 */
  goods_pic_id?: string;
}

const REQUEST_SCHEMA = {
  write_off_date: 'String',
  page_index: 'Number',
  receive_code: 'String',
  page_size: 'Number',
  tid: 'String',
  write_off_status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    writeoff_order_list: [
      {
        goods_list: [
          {
            item_id: 'String',
            price: 'String',
            goods_quantity: 'Number',
            goods_name: 'String',
            sku_id: 'String',
            goods_pic_id: 'String',
          },
        ],
        lp_order_id: 'String',
        trade_id: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.seller.orders.get`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsSellerOrdersGetOperation = {
  method: 'alibaba.ascp.logistics.seller.orders.get',
  responseRoot: 'alibaba_ascp_logistics_seller_orders_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家配送核销订单列表查询 — calls TOP method `alibaba.ascp.logistics.seller.orders.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsSellerOrdersGet(
  client: TopClient,
  request: AlibabaAscpLogisticsSellerOrdersGetRequest,
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsSellerOrdersGetResponse> {
  return client.call<AlibabaAscpLogisticsSellerOrdersGetResponse>(
    {
      method: 'alibaba.ascp.logistics.seller.orders.get',
      responseRoot: 'alibaba_ascp_logistics_seller_orders_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
