// Generated from specs/maitix/alibaba.damai.maitix.distribution.delivery.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.distribution.delivery.query` (查询分销物流单). */
export interface AlibabaDamaiMaitixDistributionDeliveryQueryRequest {
  /** 主订单号 */
  main_order_id: string;
}

/** Response of `alibaba.damai.maitix.distribution.delivery.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixDistributionDeliveryQueryResponse {
  /** 返回结果 */
  result?: AlibabaDamaiMaitixDistributionDeliveryQueryOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenResult` of `alibaba.damai.maitix.distribution.delivery.query`. */
export interface AlibabaDamaiMaitixDistributionDeliveryQueryOpenResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 订单内容 */
  model?: AlibabaDamaiMaitixDistributionDeliveryQueryOpenApiDeliveryOrderDto;
  /** 错误信息 */
  error_msg?: string;
}

/** `OpenApiDeliveryOrderDto` of `alibaba.damai.maitix.distribution.delivery.query`. */
export interface AlibabaDamaiMaitixDistributionDeliveryQueryOpenApiDeliveryOrderDto {
  /** 快递公司ID */
  delivery_company_id?: Int64;
  /** 快递公司名称 */
  delivery_company_name?: string;
  /** 签收时间 */
  sign_time?: string;
  /** 发货时间 */
  delivery_time?: string;
  /** 主订单号 */
  main_order_id?: string;
  /** 物流状态，1-发货，2-签收 */
  delivery_status?: Int64;
  /** 物流单号 */
  waybill_no?: string;
}

const REQUEST_SCHEMA = {
  main_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    model: {
      delivery_company_id: 'Number',
      delivery_company_name: 'String',
      sign_time: 'Date',
      delivery_time: 'Date',
      main_order_id: 'String',
      delivery_status: 'Number',
      waybill_no: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.distribution.delivery.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixDistributionDeliveryQueryOperation = {
  method: 'alibaba.damai.maitix.distribution.delivery.query',
  responseRoot: 'alibaba_damai_maitix_distribution_delivery_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询分销物流单 — calls TOP method `alibaba.damai.maitix.distribution.delivery.query`.
 *
 * 渠道查询物流订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixDistributionDeliveryQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixDistributionDeliveryQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixDistributionDeliveryQueryResponse> {
  return client.call<AlibabaDamaiMaitixDistributionDeliveryQueryResponse>(
    {
      method: 'alibaba.damai.maitix.distribution.delivery.query',
      responseRoot: 'alibaba_damai_maitix_distribution_delivery_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
