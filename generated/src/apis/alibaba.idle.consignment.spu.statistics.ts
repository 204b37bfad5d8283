// Generated from specs/idle/alibaba.idle.consignment.spu.statistics.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.consignment.spu.statistics` (闲鱼帮卖同步服务商交易统计信息). */
export interface AlibabaIdleConsignmentSpuStatisticsRequest {
  /** 入参 */
  param?: AlibabaIdleConsignmentSpuStatisticsSpuStatisticsInput;
}

/** Response of `alibaba.idle.consignment.spu.statistics`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleConsignmentSpuStatisticsResponse {
  /** 是否成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SpuStatistics` of `alibaba.idle.consignment.spu.statistics`. */
export interface AlibabaIdleConsignmentSpuStatisticsSpuStatisticsInput {
  /** 开始时间（预留） */
  start_time?: string;
  /** 数据状态：1（可用）2（不可用） */
  status?: Int64Input;
  /** 场景：3C（3C行业）、BULKS（大件） */
  scene_type?: string;
  /** spuId */
  spu_id: Int64Input;
  /** 预留字段 */
  sku_id?: string;
  /** 该spu */
  descr?: string;
  /** 结束时间（预留） */
  end_time?: string;
  /** 版本号（预留） */
  version?: Int64Input;
  /** 结构数据，涉及金额的数据单位为分，精确到元 */
  spu_data?: string;
}

const REQUEST_SCHEMA = {
  param: {
    start_time: 'String',
    status: 'Number',
    scene_type: 'String',
    spu_id: 'Number',
    sku_id: 'String',
    descr: 'String',
    end_time: 'String',
    version: 'Number',
    spu_data: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.consignment.spu.statistics`: method, response root, request and response schemas. */
export const alibabaIdleConsignmentSpuStatisticsOperation = {
  method: 'alibaba.idle.consignment.spu.statistics',
  responseRoot: 'alibaba_idle_consignment_spu_statistics_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼帮卖同步服务商交易统计信息 — calls TOP method `alibaba.idle.consignment.spu.statistics`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleConsignmentSpuStatistics(
  client: TopClient,
  request: AlibabaIdleConsignmentSpuStatisticsRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleConsignmentSpuStatisticsResponse> {
  return client.call<AlibabaIdleConsignmentSpuStatisticsResponse>(
    {
      method: 'alibaba.idle.consignment.spu.statistics',
      responseRoot: 'alibaba_idle_consignment_spu_statistics_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
