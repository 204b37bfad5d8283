// Generated from specs/logistic/wdk.logistic.network.resource.group.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.logistic.network.resource.group.query` (查询网格仓-区块-自提点关系). */
export interface WdkLogisticNetworkResourceGroupQueryRequest {
  /** 入参 */
  param_resource_group_page_query_request: WdkLogisticNetworkResourceGroupQueryResourceGroupPageQueryRequestInput;
}

/** Response of `wdk.logistic.network.resource.group.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkLogisticNetworkResourceGroupQueryResponse {
  /** 出参 */
  result?: WdkLogisticNetworkResourceGroupQueryLogisticsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResourceGroupPageQueryRequest` of `wdk.logistic.network.resource.group.query`. */
export interface WdkLogisticNetworkResourceGroupQueryResourceGroupPageQueryRequestInput {
  /** 区块编码 */
  area_code?: string;
  /** 网格仓外部编码 */
  from_org_resource_code?: string;
  /** 网格仓编码 */
  from_resource_code?: string;
  /** from资源类型 */
  from_resource_type?: string;
  /** 自提点编码 */
  group_resource_code_list?: string[];
  /** 网络名称 */
  network_code?: string;
  /** 页码，1开始 */
  page_index?: Int64Input;
  /** 页面大小，上限50 */
  page_size?: Int64Input;
}

/** `LogisticsResult` of `wdk.logistic.network.resource.group.query`. */
export interface WdkLogisticNetworkResourceGroupQueryLogisticsResult {
  /** 错误编码 */
  code?: string;
  /** 数据 */
  data?: WdkLogisticNetworkResourceGroupQueryPagination;
  /** 失败消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Pagination` of `wdk.logistic.network.resource.group.query`. */
export interface WdkLogisticNetworkResourceGroupQueryPagination {
  /** 数据列表 */
  results?: WdkLogisticNetworkResourceGroupQueryResourceGroupDTO[];
  /** 总数 */
  total?: Int64;
}

/** `ResourceGroupDTO` of `wdk.logistic.network.resource.group.query`. */
export interface WdkLogisticNetworkResourceGroupQueryResourceGroupDTO {
  /** 区块编码 */
  area_code?: string;
  /** 区块名称 */
  area_name?: string;
  /** 网格仓外部编码 */
  from_org_resource_code?: string;
  /** from资源来源 */
  from_org_source?: string;
  /** 网格仓编码 */
  from_resource_code?: string;
  /** from资源名称 */
  from_resource_name?: string;
  /** from资源类型 */
  from_resource_type?: string;
  /** 是否测试 */
  is_test?: Int64;
  /** 商家 */
  merchant_code?: string;
  /** 网络编码 */
  network_code?: string;
  /** 自提点地址 */
  pickup_point_address?: string;
  /** 自提点外部编码 */
  to_org_resource_code?: string;
  /** 自提点来源 */
  to_org_source?: string;
  /** 自提点编码 */
  to_resource_code?: string;
  /** to资源编码（自提点） */
  to_resource_name?: string;
  /** to资源类型 */
  to_resource_type?: string;
}

const REQUEST_SCHEMA = {
  param_resource_group_page_query_request: {
    area_code: 'String',
    from_org_resource_code: 'String',
    from_resource_code: 'String',
    from_resource_type: 'String',
    group_resource_code_list: ['String'],
    network_code: 'String',
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      results: [
        {
          area_code: 'String',
          area_name: 'String',
          from_org_resource_code: 'String',
          from_org_source: 'String',
          from_resource_code: 'String',
          from_resource_name: 'String',
          from_resource_type: 'String',
          is_test: 'Number',
          merchant_code: 'String',
          network_code: 'String',
          pickup_point_address: 'String',
          to_org_resource_code: 'String',
          to_org_source: 'String',
          to_resource_code: 'String',
          to_resource_name: 'String',
          to_resource_type: 'String',
        },
      ],
      total: 'Number',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `wdk.logistic.network.resource.group.query`: method, response root, request and response schemas. */
export const wdkLogisticNetworkResourceGroupQueryOperation = {
  method: 'wdk.logistic.network.resource.group.query',
  responseRoot: 'wdk_logistic_network_resource_group_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询网格仓-区块-自提点关系 — calls TOP method `wdk.logistic.network.resource.group.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkLogisticNetworkResourceGroupQuery(
  client: TopClient,
  request: WdkLogisticNetworkResourceGroupQueryRequest,
  options?: CallOptions,
): Promise<WdkLogisticNetworkResourceGroupQueryResponse> {
  return client.call<WdkLogisticNetworkResourceGroupQueryResponse>(
    {
      method: 'wdk.logistic.network.resource.group.query',
      responseRoot: 'wdk_logistic_network_resource_group_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
