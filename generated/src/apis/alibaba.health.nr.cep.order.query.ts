// Generated from specs/alihealth2/alibaba.health.nr.cep.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.nr.cep.order.query` (订单详情查询接口). */
export interface AlibabaHealthNrCepOrderQueryRequest {
  /** 订单号 */
  order_id: Int64Input;
}

/** Response of `alibaba.health.nr.cep.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthNrCepOrderQueryResponse {
  /** 返回值 */
  response_result?: AlibabaHealthNrCepOrderQueryResponseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResponseResult` of `alibaba.health.nr.cep.order.query`. */
export interface AlibabaHealthNrCepOrderQueryResponseResult {
  /** 订单详情对象 */
  result?: AlibabaHealthNrCepOrderQueryTopOrderDetailDto;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `TopOrderDetailDto` of `alibaba.health.nr.cep.order.query`. */
export interface AlibabaHealthNrCepOrderQueryTopOrderDetailDto {
  /** 孔雀翎订单号 */
  cep_order_id?: Int64;
  /** 孔雀翎店铺编码 */
  cep_shop_code?: string;
  /** 买家姓名 */
  buyer_name?: string;
  /** 买家电话 */
  buyer_phone?: string;
  /** 收货地址，省 */
  addr_province?: string;
  /** 收货地址，市 */
  addr_city?: string;
  /** 收货地址，区 */
  addr_district?: string;
  /** 收货地址，详细信息 */
  addr_detail?: string;
  /** 收货地址，经度，高德 */
  addr_longitude?: Int64;
  /** 收货地址，纬度，高德 */
  addr_latitude?: Int64;
  /** 订单状态（1已支付；2已接单；3已完成；4已取消） */
  order_status?: Int64;
  /** 退款状态（0未申请退款，默认值；1已申请退款；2同意退款；3拒绝退款；4已取消退款） */
  refund_status?: Int64;
  /** 物流状态（0未申请退款，默认值；1已申请退款；2同意退款；3拒绝退款；4已取消退款） */
  delivery_status?: Int64;
  /** 期望送达时间 */
  expect_time?: string;
  /** 物流单号 */
  express_number?: string;
  /** 物流名称 */
  express_name?: string;
  /** 物流编码 */
  express_code?: string;
  /** 商品集合 */
  items?: AlibabaHealthNrCepOrderQueryTopOrderGoodsDto[];
  /** o2o订单号 */
  o2o_order_no?: string;
}

/** `TopOrderGoodsDto` of `alibaba.health.nr.cep.order.query`. */
export interface AlibabaHealthNrCepOrderQueryTopOrderGoodsDto {
  /** 商品编码 */
  goods_code?: string;
  /** 商品数量 */
  count?: Int64;
  /** 商品名称 */
  goods_name?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_result: {
    result: {
      cep_order_id: 'Number',
      cep_shop_code: 'String',
      buyer_name: 'String',
      buyer_phone: 'String',
      addr_province: 'String',
      addr_city: 'String',
      addr_district: 'String',
      addr_detail: 'String',
      addr_longitude: 'Number',
      addr_latitude: 'Number',
      order_status: 'Number',
      refund_status: 'Number',
      delivery_status: 'Number',
      expect_time: 'Date',
      express_number: 'String',
      express_name: 'String',
      express_code: 'String',
      items: [
        {
          goods_code: 'String',
          count: 'Number',
          goods_name: 'String',
        },
      ],
      o2o_order_no: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.nr.cep.order.query`: method, response root, request and response schemas. */
export const alibabaHealthNrCepOrderQueryOperation = {
  method: 'alibaba.health.nr.cep.order.query',
  responseRoot: 'alibaba_health_nr_cep_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单详情查询接口 — calls TOP method `alibaba.health.nr.cep.order.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthNrCepOrderQuery(
  client: TopClient,
  request: AlibabaHealthNrCepOrderQueryRequest,
  options?: CallOptions,
): Promise<AlibabaHealthNrCepOrderQueryResponse> {
  return client.call<AlibabaHealthNrCepOrderQueryResponse>(
    {
      method: 'alibaba.health.nr.cep.order.query',
      responseRoot: 'alibaba_health_nr_cep_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
