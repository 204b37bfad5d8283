// Generated from specs/tmallservice/tmall.servicecenter.spserviceorder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.spserviceorder.query` (服务单列表查询). */
export interface TmallServicecenterSpserviceorderQueryRequest {
  /** 交易主订单id */
  parent_biz_order_id: Int64Input;
}

/** Response of `tmall.servicecenter.spserviceorder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterSpserviceorderQueryResponse {
  /** 返回参数 */
  result?: TmallServicecenterSpserviceorderQueryFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.spserviceorder.query`. */
export interface TmallServicecenterSpserviceorderQueryFulfilplatformResult {
  /** 展示信息，如：服务单不存在 */
  display_msg?: string;
  /** 错误名称 */
  error_name?: string;
  /** 服务单列表数据 */
  result_list?: TmallServicecenterSpserviceorderQuerySpServiceOrderDTO[];
  /** 错误类型 */
  error_type?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息，如：服务不可用 */
  msg_info?: string;
}

/** `SpServiceOrderDTO` of `tmall.servicecenter.spserviceorder.query`. */
export interface TmallServicecenterSpserviceorderQuerySpServiceOrderDTO {
  /** 过期日期 */
  gmt_expire?: string;
  /** 服务定义 */
  service_definition_d_t_o?: TmallServicecenterSpserviceorderQueryServiceDefinitionDTO;
  /** 服务单id */
  id?: Int64;
  /** 生效日期 */
  gmt_effect?: string;
  /** 服务交易订单 */
  service_trade_order_d_t_o?: TmallServicecenterSpserviceorderQueryServiceTradeOrderDTO;
  /** 服务单申请工单的幂等键 */
  service_sequence?: Int64;
  /** 履约类型:1, "到店"2, "到家"3, "寄送" */
  fulfil_type_code?: string;
  /** 服务提供者 */
  service_provider_d_t_o?: TmallServicecenterSpserviceorderQueryServiceProviderDto;
}

/** `ServiceDefinitionDTO` of `tmall.servicecenter.spserviceorder.query`. */
export interface TmallServicecenterSpserviceorderQueryServiceDefinitionDTO {
  /** 服务code，如：换胎code */
  service_code?: string;
  /** 业务code，如：汽车安装code */
  biz_code?: string;
  /** 服务名称 */
  display_name?: string;
}

/** `ServiceTradeOrderDTO` of `tmall.servicecenter.spserviceorder.query`. */
export interface TmallServicecenterSpserviceorderQueryServiceTradeOrderDTO {
  /** 交易订单id */
  order_id?: Int64;
  /** 属性，如{是否是服务包：1} */
  attribute?: string;
  /** 商品商家编码 */
  outer_id_sku?: string;
}

/** `ServiceProviderDto` of `tmall.servicecenter.spserviceorder.query`. */
export interface TmallServicecenterSpserviceorderQueryServiceProviderDto {
  /** 服务门店id */
  service_store_id?: Int64;
}

const REQUEST_SCHEMA = {
  parent_biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    error_name: 'String',
    result_list: [
      {
        gmt_expire: 'Date',
        service_definition_d_t_o: {
          service_code: 'String',
          biz_code: 'String',
          display_name: 'String',
        },
        id: 'Number',
        gmt_effect: 'Date',
        service_trade_order_d_t_o: {
          order_id: 'Number',
          attribute: 'String',
          outer_id_sku: 'String',
        },
        service_sequence: 'Number',
        fulfil_type_code: 'String',
        service_provider_d_t_o: {
          service_store_id: 'Number',
        },
      },
    ],
    error_type: 'String',
    success: 'Boolean',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.spserviceorder.query`: method, response root, request and response schemas. */
export const tmallServicecenterSpserviceorderQueryOperation = {
  method: 'tmall.servicecenter.spserviceorder.query',
  responseRoot: 'tmall_servicecenter_spserviceorder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务单列表查询 — calls TOP method `tmall.servicecenter.spserviceorder.query`.
 *
 * 查询服务单列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterSpserviceorderQuery(
  client: TopClient,
  request: TmallServicecenterSpserviceorderQueryRequest,
  options?: CallOptions,
): Promise<TmallServicecenterSpserviceorderQueryResponse> {
  return client.call<TmallServicecenterSpserviceorderQueryResponse>(
    {
      method: 'tmall.servicecenter.spserviceorder.query',
      responseRoot: 'tmall_servicecenter_spserviceorder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
