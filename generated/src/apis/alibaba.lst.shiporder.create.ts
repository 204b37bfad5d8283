// Generated from specs/lstlogistics/alibaba.lst.shiporder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.shiporder.create` (零售通发货单创建). */
export interface AlibabaLstShiporderCreateRequest {
  /** 创建发货单入参 */
  ship_order?: AlibabaLstShiporderCreateLstThirdPartMainShipOrderCreateDtoInput;
}

/** Response of `alibaba.lst.shiporder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstShiporderCreateResponse {
  /** result */
  result?: AlibabaLstShiporderCreateBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LstThirdPartMainShipOrderCreateDto` of `alibaba.lst.shiporder.create`. */
export interface AlibabaLstShiporderCreateLstThirdPartMainShipOrderCreateDtoInput {
  /** 区 */
  receiver_district: string;
  /** 收货人手机号 */
  receiver_mobile: Int64Input;
  /** 省 */
  receiver_province: string;
  /** 买家留言 */
  buyer_message?: string;
  /** 详细地址 */
  receiver_address: string;
  /** 店铺名称 */
  buyer_name: string;
  /** 订单创建时间 */
  order_create_time: DateInput;
  /** 市 */
  receiver_city: string;
  /** 货品明细 */
  details: AlibabaLstShiporderCreateLstThirdPartDetailShipOrderCreateDtoInput[];
  /** 订单实付金额，单位为分 */
  pay_fee: Int64Input;
  /** 街道 */
  receiver_town?: string;
  /** 收货人姓名 */
  receiver_name: string;
  /** 邮编 */
  receiver_zip?: string;
  /** 外部订单ID，幂等key */
  out_order_id: string;
  /** 电话 */
  receiver_phone?: string;
}

/** `LstThirdPartDetailShipOrderCreateDto` of `alibaba.lst.shiporder.create`. */
export interface AlibabaLstShiporderCreateLstThirdPartDetailShipOrderCreateDtoInput {
  /** 购买数量 */
  sale_quantity: Int64Input;
  /** 单价，单位为分 */
  sku_price: Int64Input;
  /** 品牌 */
  sku_brand?: string;
  /** 规格 */
  sku_spec: string;
  /** 销售单位 */
  sku_unit: string;
  /** 国标条码 */
  sku_code: string;
  /** 商品名称 */
  sku_name: string;
  /** 货品实付金额，单位为分 */
  pay_fee: Int64Input;
  /** 订单明细id，可用来标注唯一的订单明细行。当其他无法唯一标识的时候，可用此字段。 */
  detail_order_id?: string;
}

/** `BaseResult` of `alibaba.lst.shiporder.create`. */
export interface AlibabaLstShiporderCreateBaseResult {
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 发货单ID */
  model?: Int64;
}

const REQUEST_SCHEMA = {
  ship_order: {
    receiver_district: 'String',
    receiver_mobile: 'Number',
    receiver_province: 'String',
    buyer_message: 'String',
    receiver_address: 'String',
    buyer_name: 'String',
    order_create_time: 'Date',
    receiver_city: 'String',
    details: [
      {
        sale_quantity: 'Number',
        sku_price: 'Number',
        sku_brand: 'String',
        sku_spec: 'String',
        sku_unit: 'String',
        sku_code: 'String',
        sku_name: 'String',
        pay_fee: 'Number',
        detail_order_id: 'String',
      },
    ],
    pay_fee: 'Number',
    receiver_town: 'String',
    receiver_name: 'String',
    receiver_zip: 'String',
    out_order_id: 'String',
    receiver_phone: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    error_code: 'String',
    success: 'Boolean',
    model: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.shiporder.create`: method, response root, request and response schemas. */
export const alibabaLstShiporderCreateOperation = {
  method: 'alibaba.lst.shiporder.create',
  responseRoot: 'alibaba_lst_shiporder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售通发货单创建 — calls TOP method `alibaba.lst.shiporder.create`.
 *
 * 通过该接口可以创建零售通运保保发货单，并处理相关业务流程。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstShiporderCreate(
  client: TopClient,
  request: AlibabaLstShiporderCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaLstShiporderCreateResponse> {
  return client.call<AlibabaLstShiporderCreateResponse>(
    {
      method: 'alibaba.lst.shiporder.create',
      responseRoot: 'alibaba_lst_shiporder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
