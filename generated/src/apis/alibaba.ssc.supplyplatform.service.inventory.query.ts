// Generated from specs/tmallservice/alibaba.ssc.supplyplatform.service.inventory.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.supplyplatform.service.inventory.query` (服务库存查询). */
export interface AlibabaSscSupplyplatformServiceInventoryQueryRequest {
  /** 查询开始日期。yyyy-MM-dd格式 */
  start_day: string;
  /** 查询结束日期。与start间隔不能超过31天。yyyy-MM-dd格式 */
  end_day: string;
  /** 服务提供者类型。参考alibaba.ssc.supplyplatform.servicecapacity.save入参 */
  provider_type: string;
  /** 服务提供者类型。参考alibaba.ssc.supplyplatform.servicecapacity.save入参 */
  provider_id: Int64Input;
}

/** Response of `alibaba.ssc.supplyplatform.service.inventory.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscSupplyplatformServiceInventoryQueryResponse {
  /** 接口返回model */
  result?: AlibabaSscSupplyplatformServiceInventoryQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ssc.supplyplatform.service.inventory.query`. */
export interface AlibabaSscSupplyplatformServiceInventoryQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** json字符串。key是时间片，格式为yyyy-MM-dd或yyyy-MM-dd HH:mm-HH:mm，value是当前库存值 */
  value?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 对外展示的错误信息 */
  display_msg?: string;
}

const REQUEST_SCHEMA = {
  start_day: 'String',
  end_day: 'String',
  provider_type: 'String',
  provider_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    value: 'String',
    error_code: 'String',
    error_msg: 'String',
    display_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.supplyplatform.service.inventory.query`: method, response root, request and response schemas. */
export const alibabaSscSupplyplatformServiceInventoryQueryOperation = {
  method: 'alibaba.ssc.supplyplatform.service.inventory.query',
  responseRoot: 'alibaba_ssc_supplyplatform_service_inventory_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务库存查询 — calls TOP method `alibaba.ssc.supplyplatform.service.inventory.query`.
 *
 * 查询服务库存。需要保存服务容量成功后，才能进行查询，参数中的provider信息（provider_id和provider_type）与alibaba.ssc.supplyplatform.servicecapacity.save接口中保持一致。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscSupplyplatformServiceInventoryQuery(
  client: TopClient,
  request: AlibabaSscSupplyplatformServiceInventoryQueryRequest,
  options?: CallOptions,
): Promise<AlibabaSscSupplyplatformServiceInventoryQueryResponse> {
  return client.call<AlibabaSscSupplyplatformServiceInventoryQueryResponse>(
    {
      method: 'alibaba.ssc.supplyplatform.service.inventory.query',
      responseRoot: 'alibaba_ssc_supplyplatform_service_inventory_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
