// Generated from specs/wdk/alibaba.wdk.oldpos.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.oldpos.order.create` (淘鲜达外部商户老pos机产生的订单同步进淘鲜达). */
export interface AlibabaWdkOldposOrderCreateRequest {
  /** 入参 */
  pos_order_create_request?: AlibabaWdkOldposOrderCreatePosOrderCreateRequestInput;
}

/** Response of `alibaba.wdk.oldpos.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkOldposOrderCreateResponse {
  /** 结果 */
  result?: AlibabaWdkOldposOrderCreatePosOrderCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PosOrderCreateRequest` of `alibaba.wdk.oldpos.order.create`. */
export interface AlibabaWdkOldposOrderCreatePosOrderCreateRequestInput {
  /** 子订单列表 */
  sub_order_d_o_list?: AlibabaWdkOldposOrderCreatePosSubOrderDoInput[];
  /** 支付时间，必填 */
  pay_time?: DateInput;
  /** 外部主订单号，必填 */
  out_order_id?: string;
  /** 经营店code，必填 */
  store_id?: string;
  /** 渠道店id */
  shop_id?: string;
  /** 会员卡号 */
  member_card_num?: string;
  /** 支付方式 */
  pay_channel_list?: AlibabaWdkOldposOrderCreatePosPayChannelInput[];
  /** 兼容老接口的数据 */
  old_data?: Int64Input;
}

/** `PosSubOrderDo` of `alibaba.wdk.oldpos.order.create`. */
export interface AlibabaWdkOldposOrderCreatePosSubOrderDoInput {
  /** 库存单位，必填 */
  stock_unit?: string;
  /** 库存单位购买数量，必填 */
  buy_amount_stock?: string;
  /** sku编码，必填 */
  sku_code?: string;
  /** 外部子订单号，全局唯一，子单和主单不能重复，可以包含字母 */
  out_order_id?: string;
  /** 子单实付金额，单位分 */
  pay_fee?: Int64Input;
  /** 销售单位购买数量。对于标品，和库存单位库存单位购买数量一样 */
  buy_amount_sale?: Int64Input;
  /** 销售单位 */
  sale_unit?: string;
  /** 子单原价金额，单位分 */
  origin_fee?: Int64Input;
  /** 子单优惠金额，单位分 */
  discount_fee?: Int64Input;
  /** 商品单价，单位分 */
  sku_price?: Int64Input;
  /** 商品名称 */
  sku_name?: string;
}

/** `PosPayChannel` of `alibaba.wdk.oldpos.order.create`. */
export interface AlibabaWdkOldposOrderCreatePosPayChannelInput {
  /** 该支付方式对应的支付金额 */
  pay_amount?: Int64Input;
  /** 支付方式编码，盒马给出了常见支付方式的编码 */
  pay_type?: string;
}

/** `PosOrderCreateResult` of `alibaba.wdk.oldpos.order.create`. */
export interface AlibabaWdkOldposOrderCreatePosOrderCreateResult {
  /** 结果msg */
  return_msg?: string;
  /** 结果码 */
  return_code?: string;
  /** success */
  success?: boolean;
  /** mainOrderId */
  main_order_id?: Int64;
  /** outOrderId */
  out_order_id?: string;
  /** subOrderDOList */
  sub_order_d_o_list?: AlibabaWdkOldposOrderCreatePosSubOrderResult[];
}

/** `PosSubOrderResult` of `alibaba.wdk.oldpos.order.create`. */
export interface AlibabaWdkOldposOrderCreatePosSubOrderResult {
  /** subOrderId */
  sub_order_id?: Int64;
  /** outOrderId */
  out_order_id?: string;
}

const REQUEST_SCHEMA = {
  pos_order_create_request: {
    sub_order_d_o_list: [
      {
        stock_unit: 'String',
        buy_amount_stock: 'String',
        sku_code: 'String',
        out_order_id: 'String',
        pay_fee: 'Number',
        buy_amount_sale: 'Number',
        sale_unit: 'String',
        origin_fee: 'Number',
        discount_fee: 'Number',
        sku_price: 'Number',
        sku_name: 'String',
      },
    ],
    pay_time: 'Date',
    out_order_id: 'String',
    store_id: 'String',
    shop_id: 'String',
    member_card_num: 'String',
    pay_channel_list: [
      {
        pay_amount: 'Number',
        pay_type: 'String',
      },
    ],
    old_data: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    return_msg: 'String',
    return_code: 'String',
    success: 'Boolean',
    main_order_id: 'Number',
    out_order_id: 'String',
    sub_order_d_o_list: [
      {
        sub_order_id: 'Number',
        out_order_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.oldpos.order.create`: method, response root, request and response schemas. */
export const alibabaWdkOldposOrderCreateOperation = {
  method: 'alibaba.wdk.oldpos.order.create',
  responseRoot: 'alibaba_wdk_oldpos_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘鲜达外部商户老pos机产生的订单同步进淘鲜达 — calls TOP method `alibaba.wdk.oldpos.order.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkOldposOrderCreate(
  client: TopClient,
  request: AlibabaWdkOldposOrderCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkOldposOrderCreateResponse> {
  return client.call<AlibabaWdkOldposOrderCreateResponse>(
    {
      method: 'alibaba.wdk.oldpos.order.create',
      responseRoot: 'alibaba_wdk_oldpos_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
