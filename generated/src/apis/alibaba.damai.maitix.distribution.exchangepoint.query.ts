// Generated from specs/maitix/alibaba.damai.maitix.distribution.exchangepoint.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.distribution.exchangepoint.query` (分销查询取票点接口). */
export interface AlibabaDamaiMaitixDistributionExchangepointQueryRequest {
  /** 必填-项目id */
  project_id?: Int64Input;
}

/** Response of `alibaba.damai.maitix.distribution.exchangepoint.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixDistributionExchangepointQueryResponse {
  /** 返回结果 */
  result?: AlibabaDamaiMaitixDistributionExchangepointQueryOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenResult` of `alibaba.damai.maitix.distribution.exchangepoint.query`. */
export interface AlibabaDamaiMaitixDistributionExchangepointQueryOpenResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 结果 */
  model_list?: AlibabaDamaiMaitixDistributionExchangepointQueryOpenExchangePointDto[];
}

/** `OpenExchangePointDto` of `alibaba.damai.maitix.distribution.exchangepoint.query`. */
export interface AlibabaDamaiMaitixDistributionExchangepointQueryOpenExchangePointDto {
  /** 换票点id */
  point_id?: Int64;
  /** 换票点名称 */
  point_name?: string;
  /** 详细地址 */
  point_addr?: string;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 营业时间描述 */
  biz_time_show?: string;
  /** 提示信息备注 */
  remark?: string;
  /** 类型 1临时换票点 2固定换票点 */
  point_type?: string;
  /** 换票形式 1 pc 2 自助机 */
  exchange_type?: string;
  /** 有效期 */
  valid_period?: string;
}

const REQUEST_SCHEMA = {
  project_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    model_list: [
      {
        point_id: 'Number',
        point_name: 'String',
        point_addr: 'String',
        longitude: 'String',
        latitude: 'String',
        biz_time_show: 'String',
        remark: 'String',
        point_type: 'String',
        exchange_type: 'String',
        valid_period: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.distribution.exchangepoint.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixDistributionExchangepointQueryOperation = {
  method: 'alibaba.damai.maitix.distribution.exchangepoint.query',
  responseRoot: 'alibaba_damai_maitix_distribution_exchangepoint_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销查询取票点接口 — calls TOP method `alibaba.damai.maitix.distribution.exchangepoint.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixDistributionExchangepointQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixDistributionExchangepointQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixDistributionExchangepointQueryResponse> {
  return client.call<AlibabaDamaiMaitixDistributionExchangepointQueryResponse>(
    {
      method: 'alibaba.damai.maitix.distribution.exchangepoint.query',
      responseRoot: 'alibaba_damai_maitix_distribution_exchangepoint_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
