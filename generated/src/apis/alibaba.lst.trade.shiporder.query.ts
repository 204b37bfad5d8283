// Generated from specs/lsttrade/alibaba.lst.trade.shiporder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.shiporder.query` (供应商数据开放--发货单接口). */
export interface AlibabaLstTradeShiporderQueryRequest {
  /** 入参 */
  param_lst_ship_order_query?: AlibabaLstTradeShiporderQueryLstShipOrderQueryInput;
}

/** Response of `alibaba.lst.trade.shiporder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeShiporderQueryResponse {
  /** 出参 */
  result?: AlibabaLstTradeShiporderQueryPagedResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LstShipOrderQuery` of `alibaba.lst.trade.shiporder.query`. */
export interface AlibabaLstTradeShiporderQueryLstShipOrderQueryInput {
  /** 配送商名称 */
  distributor_name: string;
  /** 主发货单更新时间结束值，格式：yyyy-MM-dd HH:mm:ss */
  gmt_modified_end: string;
  /** 主发货单更新时间开始值，格式：yyyy-MM-dd HH:mm:ss */
  gmt_modified_start: string;
  /** 交易订单号 */
  main_biz_order_id?: Int64Input;
  /** 主发货单号 */
  main_ship_order_id?: Int64Input;
  /** 页码 */
  page: Int64Input;
  /** 每页最大主订单数，注意：返回的content_list数据按照子订单维度展开 */
  size: Int64Input;
}

/** `PagedResultDto` of `alibaba.lst.trade.shiporder.query`. */
export interface AlibabaLstTradeShiporderQueryPagedResultDto {
  /** 发货单列表子，按照子订单维度展开 */
  content_list?: AlibabaLstTradeShiporderQueryLstShipOrderDto[];
  /** 错误码，如果是100002，说明返回数据量太大，应该缩小时间范围，重新发起请求 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
  /** 页码 */
  page?: Int64;
  /** 每页最大主订单数量 */
  size?: Int64;
  /** 请求是否成功 */
  success?: boolean;
  /** 总主订单数 */
  total?: Int64;
}

/** `LstShipOrderDto` of `alibaba.lst.trade.shiporder.query`. */
export interface AlibabaLstTradeShiporderQueryLstShipOrderDto {
  /** 主发货单号 */
  main_ship_order_id?: string;
  /** 交易订单号 */
  main_order_id?: string;
  /** 发货单是否作废 */
  disused?: string;
  /** 发货单来源 */
  source_name?: string;
  /** 作废后生成新主订单号 */
  new_main_order_id?: string;
  /** 子交易订单号 */
  sub_order_id?: string;
  /** 商品名称 */
  item_name?: string;
  /** 商品条码 */
  barcode?: string;
  /** 商品货号 */
  cargo_num?: string;
  /** 数量 */
  quantity?: string;
  /** 单价 */
  price?: string;
  /** 实付金额 */
  item_amount?: string;
  /** 是否申请退款 */
  refund_info?: string;
  /** 创建时间 */
  gmt_create_time?: string;
  /** 门店名称 */
  shop_name?: string;
  /** 门店编码或ID */
  shop_id?: string;
  /** 门店别名 */
  shop_alias_name?: string;
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
  /** 详细地址 */
  detail_address?: string;
  /** 发货单状态 */
  status_name?: string;
  /** 发货时间 */
  load_time?: string;
  /** 签收时间 */
  sign_time?: string;
  /** 车辆信息 */
  vehicle_info?: string;
  /** 配送司机 */
  driver_info?: string;
  /** 配送商名称 */
  distributor_name?: string;
  /** 钉钉手机号 */
  distributor_phone?: string;
  /** 打印次数 */
  print_times?: string;
  /** 创建时间 */
  gmt_update_time?: string;
}

const REQUEST_SCHEMA = {
  param_lst_ship_order_query: {
    distributor_name: 'String',
    gmt_modified_end: 'String',
    gmt_modified_start: 'String',
    main_biz_order_id: 'Number',
    main_ship_order_id: 'Number',
    page: 'Number',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content_list: [
      {
        main_ship_order_id: 'String',
        main_order_id: 'String',
        disused: 'String',
        source_name: 'String',
        new_main_order_id: 'String',
        sub_order_id: 'String',
        item_name: 'String',
        barcode: 'String',
        cargo_num: 'String',
        quantity: 'String',
        price: 'String',
        item_amount: 'String',
        refund_info: 'String',
        gmt_create_time: 'String',
        shop_name: 'String',
        shop_id: 'String',
        shop_alias_name: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detail_address: 'String',
        status_name: 'String',
        load_time: 'String',
        sign_time: 'String',
        vehicle_info: 'String',
        driver_info: 'String',
        distributor_name: 'String',
        distributor_phone: 'String',
        print_times: 'String',
        gmt_update_time: 'String',
      },
    ],
    error_code: 'String',
    error_message: 'String',
    page: 'Number',
    size: 'Number',
    success: 'Boolean',
    total: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.shiporder.query`: method, response root, request and response schemas. */
export const alibabaLstTradeShiporderQueryOperation = {
  method: 'alibaba.lst.trade.shiporder.query',
  responseRoot: 'alibaba_lst_trade_shiporder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商数据开放--发货单接口 — calls TOP method `alibaba.lst.trade.shiporder.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeShiporderQuery(
  client: TopClient,
  request: AlibabaLstTradeShiporderQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaLstTradeShiporderQueryResponse> {
  return client.call<AlibabaLstTradeShiporderQueryResponse>(
    {
      method: 'alibaba.lst.trade.shiporder.query',
      responseRoot: 'alibaba_lst_trade_shiporder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
