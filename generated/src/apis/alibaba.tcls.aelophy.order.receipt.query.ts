// Generated from specs/wdk/alibaba.tcls.aelophy.order.receipt.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.order.receipt.query` (订单小票查询). */
export interface AlibabaTclsAelophyOrderReceiptQueryRequest {
  /** 小票查询请求 */
  receipt_query_request: AlibabaTclsAelophyOrderReceiptQueryReceiptQueryRequestInput;
}

/** Response of `alibaba.tcls.aelophy.order.receipt.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyOrderReceiptQueryResponse {
  /** 返回结果 */
  result?: AlibabaTclsAelophyOrderReceiptQueryApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReceiptQueryRequest` of `alibaba.tcls.aelophy.order.receipt.query`. */
export interface AlibabaTclsAelophyOrderReceiptQueryReceiptQueryRequestInput {
  /** 打印批次 */
  batch_id: string;
  /** 打印纸宽度 */
  paper_width?: Int64Input;
}

/** `ApiResult` of `alibaba.tcls.aelophy.order.receipt.query`. */
export interface AlibabaTclsAelophyOrderReceiptQueryApiResult {
  /** 错误码 */
  err_code?: string;
  /** 接口状态 */
  status?: boolean;
  /** 错误信息 */
  err_msg?: string;
  /** 打印商家/顾客联小票数据列表 */
  order_list?: AlibabaTclsAelophyOrderReceiptQueryReceiptDTO[];
}

/** `ReceiptDTO` of `alibaba.tcls.aelophy.order.receipt.query`. */
export interface AlibabaTclsAelophyOrderReceiptQueryReceiptDTO {
  /** 商家/顾客联小票数据 */
  receipt_info?: AlibabaTclsAelophyOrderReceiptQueryReceiptInfoDTO;
}

/** `ReceiptInfoDTO` of `alibaba.tcls.aelophy.order.receipt.query`. */
export interface AlibabaTclsAelophyOrderReceiptQueryReceiptInfoDTO {
  /** 批次名称 */
  batch_name?: string;
  /** 淘宝订单号 */
  tb_order_id?: string;
  /** 取消退款金额 */
  cancel_amount?: string;
  /** 渠道号 */
  order_num?: string;
  /** 优惠金额 */
  discount_amount?: string;
  /** 备注 */
  remark?: string;
  /** 批次号 */
  batch_id?: string;
  /** 店仓名称 */
  warehouse_name?: string;
  /** 店仓code */
  warehouse_code?: string;
  /** 自提点地址 */
  self_pick_place?: string;
  /** 商品列表 */
  item_info_list?: AlibabaTclsAelophyOrderReceiptQueryItemInfoDTO[];
  /** 储藏方式 */
  storage_mode?: Int64;
  /** 商品总件数 */
  all_item_count?: Int64;
  /** 缺货出状态 */
  out_of_stock?: boolean;
  /** 最晚送达时间 */
  latest_arrive_time?: string;
  /** 实付金额 */
  pay_order_amount?: string;
  /** 包装费 */
  package_fee?: string;
  /** 差额退款金额 */
  refund_amount?: string;
  /** 渠道订单号 */
  channel_order_id?: string;
  /** 发票连接 */
  billing_link?: string;
  /** 订单票联 user:顾客联，seller：商家联 */
  ticket_cou_pon?: string[];
  /** 买家信息 */
  buyer_info?: AlibabaTclsAelophyOrderReceiptQueryBuyerInfoDTO;
  /** 运费 */
  postage?: string;
  /** 商品总额 */
  total_order_amount?: string;
  /** 批次策略 */
  batch_strategy?: string;
  /** 业务类型 */
  business_type?: string;
  /** 履约单号 */
  fulfill_order_id?: string;
}

/** `ItemInfoDTO` of `alibaba.tcls.aelophy.order.receipt.query`. */
export interface AlibabaTclsAelophyOrderReceiptQueryItemInfoDTO {
  /** 库存单位 */
  sku_stock_unit?: string;
  /** 商品原单价 */
  item_unit_price?: string;
  /** 商品编码 */
  item_code?: string;
  /** 缺货出件数 */
  out_of_stock_item_count?: Int64;
  /** 商品应拣数量 */
  expect_item_count?: Int64;
  /** 加工服务 */
  service_names?: string[];
  /** 实称重量 */
  nonstandard_item_count?: string;
  /** 商品原合计金额 */
  total_amount?: string;
  /** 商品应拣重量 */
  expect_stock_quantity?: string;
  /** 商品名称 */
  item_name?: string;
  /** 温层信息 */
  storage_mode?: Int64;
  /** 条形码 */
  barcode?: string;
  /** 是否标品 */
  standard_sku?: boolean;
}

/** `BuyerInfoDTO` of `alibaba.tcls.aelophy.order.receipt.query`. */
export interface AlibabaTclsAelophyOrderReceiptQueryBuyerInfoDTO {
  /** 买家姓名 */
  buyer_name?: string;
  /** 买家电话号码 */
  buyer_phone?: string;
  /** 收货地址 */
  buyer_address?: string;
}

const REQUEST_SCHEMA = {
  receipt_query_request: {
    batch_id: 'String',
    paper_width: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    status: 'Boolean',
    err_msg: 'String',
    order_list: [
      {
        receipt_info: {
          batch_name: 'String',
          tb_order_id: 'String',
          cancel_amount: 'String',
          order_num: 'String',
          discount_amount: 'String',
          remark: 'String',
          batch_id: 'String',
          warehouse_name: 'String',
          warehouse_code: 'String',
          self_pick_place: 'String',
          item_info_list: [
            {
              sku_stock_unit: 'String',
              item_unit_price: 'String',
              item_code: 'String',
              out_of_stock_item_count: 'Number',
              expect_item_count: 'Number',
              service_names: ['String'],
              nonstandard_item_count: 'String',
              total_amount: 'String',
              expect_stock_quantity: 'String',
              item_name: 'String',
              storage_mode: 'Number',
              barcode: 'String',
              standard_sku: 'Boolean',
            },
          ],
          storage_mode: 'Number',
          all_item_count: 'Number',
          out_of_stock: 'Boolean',
          latest_arrive_time: 'Date',
          pay_order_amount: 'String',
          package_fee: 'String',
          refund_amount: 'String',
          channel_order_id: 'String',
          billing_link: 'String',
          ticket_cou_pon: ['String'],
          buyer_info: {
            buyer_name: 'String',
            buyer_phone: 'String',
            buyer_address: 'String',
          },
          postage: 'String',
          total_order_amount: 'String',
          batch_strategy: 'String',
          business_type: 'String',
          fulfill_order_id: 'String',
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.order.receipt.query`: method, response root, request and response schemas. */
export const alibabaTclsAelophyOrderReceiptQueryOperation = {
  method: 'alibaba.tcls.aelophy.order.receipt.query',
  responseRoot: 'alibaba_tcls_aelophy_order_receipt_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单小票查询 — calls TOP method `alibaba.tcls.aelophy.order.receipt.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyOrderReceiptQuery(
  client: TopClient,
  request: AlibabaTclsAelophyOrderReceiptQueryRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyOrderReceiptQueryResponse> {
  return client.call<AlibabaTclsAelophyOrderReceiptQueryResponse>(
    {
      method: 'alibaba.tcls.aelophy.order.receipt.query',
      responseRoot: 'alibaba_tcls_aelophy_order_receipt_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
