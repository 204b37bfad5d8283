// Generated from specs/ascp/alibaba.dchain.aoxiang.delivery.decision.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.delivery.decision.query` (查询黑白名单快递). */
export interface AlibabaDchainAoxiangDeliveryDecisionQueryRequest {
  /** 黑白名单快递查询入参 */
  delivery_decision_query_request: AlibabaDchainAoxiangDeliveryDecisionQueryDeliveryDecisionQueryRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.delivery.decision.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangDeliveryDecisionQueryResponse {
  /** 查询结果 */
  delivery_decision_query_response?: AlibabaDchainAoxiangDeliveryDecisionQueryDeliveryDecisionQueryResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryDecisionQueryRequest` of `alibaba.dchain.aoxiang.delivery.decision.query`. */
export interface AlibabaDchainAoxiangDeliveryDecisionQueryDeliveryDecisionQueryRequestInput {
  /** 批量（最多可以支持50条） */
  delivery_decision: AlibabaDchainAoxiangDeliveryDecisionQueryDeliveryDecisionInput[];
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** ERP调翱象接口创建货品的时间戳 */
  request_time: Int64Input;
}

/** `DeliveryDecision` of `alibaba.dchain.aoxiang.delivery.decision.query`. */
export interface AlibabaDchainAoxiangDeliveryDecisionQueryDeliveryDecisionInput {
  /** ERP发货单号 */
  order_code: string;
  /** 订单发货地，省份 */
  send_province: string;
  /** 订单发货地，所在城市 */
  send_city: string;
  /** 订单发货地，所在地区 */
  send_district: string;
  /** 订单发货地，街道地址 */
  send_town?: string;
  /** 订单发货地地址编码（先识别编码，如果识别失败，解析地址） */
  send_division_code?: string;
  /** 主交易单号 */
  trade_id: string;
  /** 子交易单号 */
  sub_trade_id: string;
  /** 订单类型 枚举： FENXIAO=分销订单 ，默认店铺零售订单。 */
  order_flag?: string;
  /** 订单收货地，省份 */
  receive_province: string;
  /** 订单收货地，所在城市 */
  receive_city: string;
  /** 订单收货地，所在地区 */
  receive_district: string;
  /** 订单收货地，街道地址 */
  receive_town?: string;
  /** 订单收货地地址编码（先识别编码，如果识别失败，解析地址） */
  receive_division_code?: string;
}

/** `DeliveryDecisionQueryResponse` of `alibaba.dchain.aoxiang.delivery.decision.query`. */
export interface AlibabaDchainAoxiangDeliveryDecisionQueryDeliveryDecisionQueryResponse {
  /** 系统成功失败 true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** 详细信息 */
  data?: AlibabaDchainAoxiangDeliveryDecisionQueryDataDetail[];
}

/** `DataDetail` of `alibaba.dchain.aoxiang.delivery.decision.query`. */
export interface AlibabaDchainAoxiangDeliveryDecisionQueryDataDetail {
  /** ERP发货单号 */
  order_code?: string;
  /** 订单发货地，省份 */
  send_province?: string;
  /** 订单发货地，所在城市 */
  send_city?: string;
  /** 订单发货地，所在地区 */
  send_district?: string;
  /** 订单发货地，街道地址 */
  send_town?: string;
  /** 订单发货地地址编码（先识别编码，如果识别失败，解析地址） */
  send_division_code?: string;
  /** 主交易单号 */
  trade_id?: string;
  /** 子交易单号 */
  sub_trade_id?: string;
  /** 订单类型 枚举： FENXIAO=分销订单 ，默认店铺零售订单。 */
  order_flag?: string;
  /** 订单收货地，省份 */
  receive_province?: string;
  /** 订单收货地，所在城市 */
  receive_city?: string;
  /** 订单收货地，所在地区 */
  receive_district?: string;
  /** 订单收货地，街道地址 */
  receive_town?: string;
  /** 订单收货地地址编码（先识别编码，如果识别失败，解析地址） */
  receive_division_code?: string;
  /** 黑名单配品牌list,例：SF,YTO,STO */
  black_delivery_cps?: string;
  /** 白名单配品牌list,例：SF,YTO,STO */
  white_delivery_cps?: string;
}

const REQUEST_SCHEMA = {
  delivery_decision_query_request: {
    delivery_decision: [
      {
        order_code: 'String',
        send_province: 'String',
        send_city: 'String',
        send_district: 'String',
        send_town: 'String',
        send_division_code: 'String',
        trade_id: 'String',
        sub_trade_id: 'String',
        order_flag: 'String',
        receive_province: 'String',
        receive_city: 'String',
        receive_district: 'String',
        receive_town: 'String',
        receive_division_code: 'String',
      },
    ],
    request_id: 'String',
    request_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delivery_decision_query_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    result: 'String',
    data: [
      {
        order_code: 'String',
        send_province: 'String',
        send_city: 'String',
        send_district: 'String',
        send_town: 'String',
        send_division_code: 'String',
        trade_id: 'String',
        sub_trade_id: 'String',
        order_flag: 'String',
        receive_province: 'String',
        receive_city: 'String',
        receive_district: 'String',
        receive_town: 'String',
        receive_division_code: 'String',
        black_delivery_cps: 'String',
        white_delivery_cps: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.delivery.decision.query`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangDeliveryDecisionQueryOperation = {
  method: 'alibaba.dchain.aoxiang.delivery.decision.query',
  responseRoot: 'alibaba_dchain_aoxiang_delivery_decision_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询黑白名单快递 — calls TOP method `alibaba.dchain.aoxiang.delivery.decision.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangDeliveryDecisionQuery(
  client: TopClient,
  request: AlibabaDchainAoxiangDeliveryDecisionQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangDeliveryDecisionQueryResponse> {
  return client.call<AlibabaDchainAoxiangDeliveryDecisionQueryResponse>(
    {
      method: 'alibaba.dchain.aoxiang.delivery.decision.query',
      responseRoot: 'alibaba_dchain_aoxiang_delivery_decision_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
