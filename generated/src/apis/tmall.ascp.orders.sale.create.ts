// Generated from specs/trade/tmall.ascp.orders.sale.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.ascp.orders.sale.create` (ASCP渠道中心销售单创建接口). */
export interface TmallAscpOrdersSaleCreateRequest {
  /** 请求对象 */
  channel_order_request?: TmallAscpOrdersSaleCreateCreateChannelOrderRequestInput;
}

/** Response of `tmall.ascp.orders.sale.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAscpOrdersSaleCreateResponse {
  /** result */
  result?: TmallAscpOrdersSaleCreateResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateChannelOrderRequest` of `tmall.ascp.orders.sale.create`. */
export interface TmallAscpOrdersSaleCreateCreateChannelOrderRequestInput {
  /** 备注 */
  memo?: string;
  /** 请求单号 */
  request_no?: string;
  /** 外部订单号 */
  out_order_no: string;
  /** 子订单信息 */
  item_list: TmallAscpOrdersSaleCreateChannelOrderItemInput[];
  /** 自营实体标示 */
  biz_type: Int64Input;
  /** 物流信息 */
  receiver_logistics?: TmallAscpOrdersSaleCreateReceiverLogisticsInput;
  /** sourceLbx */
  source_lbx?: string;
  /** 属性 */
  properties?: string;
  /** 渠道 */
  channel: Int64Input;
  /** 选项 */
  option?: TmallAscpOrdersSaleCreateChannelOrderOptionInput;
  /** 交易类型（1——代销；2——经销） */
  trade_type: Int64Input;
}

/** `ChannelOrderItem` of `tmall.ascp.orders.sale.create`. */
export interface TmallAscpOrdersSaleCreateChannelOrderItemInput {
  /** 分销价格(分) */
  distribution_price: Int64Input;
  /** 条形码 */
  barcode?: string;
  /** skuId */
  sku_id?: string;
  /** 商品id（商品id和货号必填一个） */
  item_id?: string;
  /** 货号（商品id和货号必填一个） */
  inventory_no?: string;
  /** 数量 */
  quantity?: Int64Input;
  /** 商品名称 */
  item_name?: string;
}

/** `ReceiverLogistics` of `tmall.ascp.orders.sale.create`. */
export interface TmallAscpOrdersSaleCreateReceiverLogisticsInput {
  /** 手机号码 */
  mobile_phone?: string;
  /** 地区名 */
  area_name: string;
  /** 地区码 */
  area_code?: Int64Input;
  /** divisionId */
  division_id?: Int64Input;
  /** 城市名 */
  city_name: string;
  /** 省份码 */
  province_code?: Int64Input;
  /** 收货人 */
  receiver_full_name: string;
  /** 城市码 */
  city_code?: Int64Input;
  /** 省份名 */
  province_name: string;
  /** （忽略） */
  whole_address?: string;
  /** 收货地址 */
  detail_address: string;
}

/** `ChannelOrderOption` of `tmall.ascp.orders.sale.create`. */
export interface TmallAscpOrdersSaleCreateChannelOrderOptionInput {
  /** 是否允许供应商修改 */
  is_allow_upper_modify?: boolean;
}

/** `ResultDo` of `tmall.ascp.orders.sale.create`. */
export interface TmallAscpOrdersSaleCreateResultDo {
  /** errorMessage */
  error_message?: string;
  /** module */
  module?: string;
  /** totalCount */
  total_count?: Int64;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  channel_order_request: {
    memo: 'String',
    request_no: 'String',
    out_order_no: 'String',
    item_list: [
      {
        distribution_price: 'Number',
        barcode: 'String',
        sku_id: 'String',
        item_id: 'String',
        inventory_no: 'String',
        quantity: 'Number',
        item_name: 'String',
      },
    ],
    biz_type: 'Number',
    receiver_logistics: {
      mobile_phone: 'String',
      area_name: 'String',
      area_code: 'Number',
      division_id: 'Number',
      city_name: 'String',
      province_code: 'Number',
      receiver_full_name: 'String',
      city_code: 'Number',
      province_name: 'String',
      whole_address: 'String',
      detail_address: 'String',
    },
    source_lbx: 'String',
    properties: 'String',
    channel: 'Number',
    option: {
      is_allow_upper_modify: 'Boolean',
    },
    trade_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module: 'String',
    total_count: 'Number',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.ascp.orders.sale.create`: method, response root, request and response schemas. */
export const tmallAscpOrdersSaleCreateOperation = {
  method: 'tmall.ascp.orders.sale.create',
  responseRoot: 'tmall_ascp_orders_sale_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ASCP渠道中心销售单创建接口 — calls TOP method `tmall.ascp.orders.sale.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAscpOrdersSaleCreate(
  client: TopClient,
  request: TmallAscpOrdersSaleCreateRequest = {},
  options?: CallOptions,
): Promise<TmallAscpOrdersSaleCreateResponse> {
  return client.call<TmallAscpOrdersSaleCreateResponse>(
    {
      method: 'tmall.ascp.orders.sale.create',
      responseRoot: 'tmall_ascp_orders_sale_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
