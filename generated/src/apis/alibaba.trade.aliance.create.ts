// Generated from specs/trade/alibaba.trade.aliance.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.trade.aliance.create` (推客平台订单回流). */
export interface AlibabaTradeAlianceCreateRequest {
  /** 下单请求 */
  param_isv_create_order_param?: AlibabaTradeAlianceCreateIsvCreateOrderParamInput;
}

/** Response of `alibaba.trade.aliance.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTradeAlianceCreateResponse {
  /** 订单创建结果 */
  result?: AlibabaTradeAlianceCreateResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvCreateOrderParam` of `alibaba.trade.aliance.create`. */
export interface AlibabaTradeAlianceCreateIsvCreateOrderParamInput {
  /** 买家备注 */
  buyer_remarks?: string;
  /** 外部订单ID，仅仅做追踪使用 */
  out_order_id?: string;
  /** 收货地址信息 */
  sm_addr_model?: AlibabaTradeAlianceCreateSmAddrModelInput;
  /** 订单行详情 */
  sub_order_info_list?: AlibabaTradeAlianceCreateIsvSimpleSubOrderModelInput[];
}

/** `SmAddrModel` of `alibaba.trade.aliance.create`. */
export interface AlibabaTradeAlianceCreateSmAddrModelInput {
  /** 详细地址，如果地区Code没有填写，API会根据address反向解析地区Code */
  address?: string;
  /** 地区Code */
  area_code?: string;
  /** 地区名 */
  area_name?: string;
  /** 城市Code */
  city_code?: string;
  /** 城市名 */
  city_name?: string;
  /** 收货人姓名 */
  full_name?: string;
  /** 收货人手机号 */
  mobile?: string;
  /** 收货人电话 */
  phone?: string;
  /** 邮编 */
  post_code?: string;
  /** 省份名 */
  privince_name?: string;
  /** 省份Code */
  province_code?: string;
}

/** `IsvSimpleSubOrderModel` of `alibaba.trade.aliance.create`. */
export interface AlibabaTradeAlianceCreateIsvSimpleSubOrderModelInput {
  /** 商品的类目(Key)，可不填写 */
  cargo_key?: string;
  /** 1688的商品ID(offerId) */
  offer_id: string;
  /** 购买数量 */
  quantity?: string;
  /** 1688的单品货号ID(skuId)，如果有的话，必须填写 */
  sku_id?: string;
}

/** `ResultModel` of `alibaba.trade.aliance.create`. */
export interface AlibabaTradeAlianceCreateResultModel {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 生成的订单号i */
  main_order_id?: string;
  /** 是否创建成功 */
  success?: boolean;
  /** totalAmount */
  total_amount?: Int64;
}

const REQUEST_SCHEMA = {
  param_isv_create_order_param: {
    buyer_remarks: 'String',
    out_order_id: 'String',
    sm_addr_model: {
      address: 'String',
      area_code: 'String',
      area_name: 'String',
      city_code: 'String',
      city_name: 'String',
      full_name: 'String',
      mobile: 'String',
      phone: 'String',
      post_code: 'String',
      privince_name: 'String',
      province_code: 'String',
    },
    sub_order_info_list: [
      {
        cargo_key: 'String',
        offer_id: 'String',
        quantity: 'String',
        sku_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    main_order_id: 'String',
    success: 'Boolean',
    total_amount: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.trade.aliance.create`: method, response root, request and response schemas. */
export const alibabaTradeAlianceCreateOperation = {
  method: 'alibaba.trade.aliance.create',
  responseRoot: 'alibaba_trade_aliance_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推客平台订单回流 — calls TOP method `alibaba.trade.aliance.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTradeAlianceCreate(
  client: TopClient,
  request: AlibabaTradeAlianceCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaTradeAlianceCreateResponse> {
  return client.call<AlibabaTradeAlianceCreateResponse>(
    {
      method: 'alibaba.trade.aliance.create',
      responseRoot: 'alibaba_trade_aliance_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
