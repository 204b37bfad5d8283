// Generated from specs/logistic/wdk.logistic.network.warehouse.resource.relation.query.to.codes.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.logistic.network.warehouse.resource.relation.query.to.codes` (按网格仓查中心仓（带缓存）). */
export interface WdkLogisticNetworkWarehouseResourceRelationQueryToCodesRequest {
  /** 入参 */
  param_yx_warehouse_resource_relation_query_request: WdkLogisticNetworkWarehouseResourceRelationQueryToCodesYxWarehouseResourceRelationQueryRequestInput;
}

/** Response of `wdk.logistic.network.warehouse.resource.relation.query.to.codes`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkLogisticNetworkWarehouseResourceRelationQueryToCodesResponse {
  /** 返回值 */
  result?: WdkLogisticNetworkWarehouseResourceRelationQueryToCodesLogisticsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `YxWarehouseResourceRelationQueryRequest` of `wdk.logistic.network.warehouse.resource.relation.query.to.codes`. */
export interface WdkLogisticNetworkWarehouseResourceRelationQueryToCodesYxWarehouseResourceRelationQueryRequestInput {
  /** 网格仓外部编码 */
  to_org_resource_codes: string[];
}

/** `LogisticsResult` of `wdk.logistic.network.warehouse.resource.relation.query.to.codes`. */
export interface WdkLogisticNetworkWarehouseResourceRelationQueryToCodesLogisticsResult {
  /** 错误编码 */
  code?: string;
  /** 数据 */
  data?: WdkLogisticNetworkWarehouseResourceRelationQueryToCodesPagination[];
  /** 异常消息 */
  message?: string;
  /** 是否调用成功 */
  success?: boolean;
}

/** `Pagination` of `wdk.logistic.network.warehouse.resource.relation.query.to.codes`. */
export interface WdkLogisticNetworkWarehouseResourceRelationQueryToCodesPagination {
  /** from外部资源编码 */
  from_org_resource_code?: string;
  /** from资源来源 */
  from_org_source?: string;
  /** from资源编码 */
  from_resource_code?: string;
  /** from资源名称 */
  from_resource_name?: string;
  /** from资源类型 */
  from_resource_type?: string;
  /** 商家 */
  merchant_code?: string;
  /** 网络编码 */
  network_code?: string;
  /** 关系类型 */
  relation_type?: string;
  /** to资源外部编码 */
  to_org_resource_code?: string;
  /** to资源来源 */
  to_org_source?: string;
  /** to资源编码 */
  to_resource_code?: string;
  /** to资源名称 */
  to_resource_name?: string;
  /** to资源类型 */
  to_resource_type?: string;
}

const REQUEST_SCHEMA = {
  param_yx_warehouse_resource_relation_query_request: {
    to_org_resource_codes: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: [
      {
        from_org_resource_code: 'String',
        from_org_source: 'String',
        from_resource_code: 'String',
        from_resource_name: 'String',
        from_resource_type: 'String',
        merchant_code: 'String',
        network_code: 'String',
        relation_type: 'String',
        to_org_resource_code: 'String',
        to_org_source: 'String',
        to_resource_code: 'String',
        to_resource_name: 'String',
        to_resource_type: 'String',
      },
    ],
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `wdk.logistic.network.warehouse.resource.relation.query.to.codes`: method, response root, request and response schemas. */
export const wdkLogisticNetworkWarehouseResourceRelationQueryToCodesOperation = {
  method: 'wdk.logistic.network.warehouse.resource.relation.query.to.codes',
  responseRoot: 'wdk_logistic_network_warehouse_resource_relation_query_to_codes_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按网格仓查中心仓（带缓存） — calls TOP method `wdk.logistic.network.warehouse.resource.relation.query.to.codes`.
 *
 * 盒马集市，网格仓查询中心仓
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkLogisticNetworkWarehouseResourceRelationQueryToCodes(
  client: TopClient,
  request: WdkLogisticNetworkWarehouseResourceRelationQueryToCodesRequest,
  options?: CallOptions,
): Promise<WdkLogisticNetworkWarehouseResourceRelationQueryToCodesResponse> {
  return client.call<WdkLogisticNetworkWarehouseResourceRelationQueryToCodesResponse>(
    {
      method: 'wdk.logistic.network.warehouse.resource.relation.query.to.codes',
      responseRoot: 'wdk_logistic_network_warehouse_resource_relation_query_to_codes_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
