// Generated from specs/logistic/wdk.logistic.network.warehouse.delivery.relation.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `wdk.logistic.network.warehouse.delivery.relation.query` (仓站（网格仓自提点）关系查询). */
export interface WdkLogisticNetworkWarehouseDeliveryRelationQueryRequest {
  /** 参数 */
  param_warehouse_delivery_relation_page_query_request: WdkLogisticNetworkWarehouseDeliveryRelationQueryWarehouseDeliveryRelationPageQueryRequestInput;
}

/** Response of `wdk.logistic.network.warehouse.delivery.relation.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface WdkLogisticNetworkWarehouseDeliveryRelationQueryResponse {
  /** 参数 */
  result?: WdkLogisticNetworkWarehouseDeliveryRelationQueryLogisticsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WarehouseDeliveryRelationPageQueryRequest` of `wdk.logistic.network.warehouse.delivery.relation.query`. */
export interface WdkLogisticNetworkWarehouseDeliveryRelationQueryWarehouseDeliveryRelationPageQueryRequestInput {
  /** 网格仓外部编码 和fromResourceCode 2选1 */
  from_org_resource_code?: string;
  /** 网格仓外部编码列表 */
  from_org_resource_code_list?: string[];
  /** 网格仓资源编码 和fromOrgResourceCode 2选1 */
  from_resource_code?: string;
  /** 网格仓资源编码列表 */
  from_resource_code_list?: string[];
  /** 仓资源类型 */
  from_resource_type?: string;
  /** 网络编码 */
  network_code?: string;
  /** 页码 */
  page_index?: Int64Input;
  /** 分页大小，最大300 */
  page_size?: Int64Input;
  /** 是否返回汇总数 */
  show_total?: Int64Input;
  /** 自提点编码 和toResourceCode 2选1 */
  to_org_resource_code?: string;
  /** 自提点编码 和toOrgResourceCode 2选1 */
  to_resource_code?: string;
  /** 自提点列表 */
  to_resource_code_list?: string[];
  /** 自提点资源类型 */
  to_resource_type?: string;
  /** 开始时间 */
  start_gmt_modified?: DateInput;
  /** 结束时间 */
  end_gmt_modified?: DateInput;
}

/** `LogisticsResult` of `wdk.logistic.network.warehouse.delivery.relation.query`. */
export interface WdkLogisticNetworkWarehouseDeliveryRelationQueryLogisticsResult {
  /** 错误码 */
  code?: string;
  /** 返回数据 */
  data?: WdkLogisticNetworkWarehouseDeliveryRelationQueryPagination;
  /** 异常消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Pagination` of `wdk.logistic.network.warehouse.delivery.relation.query`. */
export interface WdkLogisticNetworkWarehouseDeliveryRelationQueryPagination {
  /** 数据列表 */
  results?: WdkLogisticNetworkWarehouseDeliveryRelationQueryWarehouseDeliveryRelationDto[];
  /** 总数 */
  total?: Int64;
}

/** `WarehouseDeliveryRelationDto` of `wdk.logistic.network.warehouse.delivery.relation.query`. */
export interface WdkLogisticNetworkWarehouseDeliveryRelationQueryWarehouseDeliveryRelationDto {
  /** 数据版本号 */
  data_version?: Int64;
  /** 网格仓外部编码 */
  from_org_resource_code?: string;
  /** from资源来源 */
  from_org_source?: string;
  /** 网格仓编码 */
  from_resource_code?: string;
  /** 网格仓名称 */
  from_resource_name?: string;
  /** from资源类型 */
  from_resource_type?: string;
  /** ID */
  id?: Int64;
  /** 商家 */
  merchant_code?: string;
  /** 网络编码 */
  network_code?: string;
  /** 关系类型 */
  relation_type?: string;
  /** 自提点外部编码 */
  to_org_resource_code?: string;
  /** 资源来源 */
  to_org_source?: string;
  /** 自提点编码 */
  to_resource_code?: string;
  /** 自提点名称 */
  to_resource_name?: string;
  /** to资源类型 */
  to_resource_type?: string;
}

const REQUEST_SCHEMA = {
  param_warehouse_delivery_relation_page_query_request: {
    from_org_resource_code: 'String',
    from_org_resource_code_list: ['String'],
    from_resource_code: 'String',
    from_resource_code_list: ['String'],
    from_resource_type: 'String',
    network_code: 'String',
    page_index: 'Number',
    page_size: 'Number',
    show_total: 'Number',
    to_org_resource_code: 'String',
    to_resource_code: 'String',
    to_resource_code_list: ['String'],
    to_resource_type: 'String',
    start_gmt_modified: 'Date',
    end_gmt_modified: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      results: [
        {
          data_version: 'Number',
          from_org_resource_code: 'String',
          from_org_source: 'String',
          from_resource_code: 'String',
          from_resource_name: 'String',
          from_resource_type: 'String',
          id: 'Number',
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
      total: 'Number',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `wdk.logistic.network.warehouse.delivery.relation.query`: method, response root, request and response schemas. */
export const wdkLogisticNetworkWarehouseDeliveryRelationQueryOperation = {
  method: 'wdk.logistic.network.warehouse.delivery.relation.query',
  responseRoot: 'wdk_logistic_network_warehouse_delivery_relation_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓站（网格仓自提点）关系查询 — calls TOP method `wdk.logistic.network.warehouse.delivery.relation.query`.
 *
 * 盒马集市，仓站（网格仓自提点）关系查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function wdkLogisticNetworkWarehouseDeliveryRelationQuery(
  client: TopClient,
  request: WdkLogisticNetworkWarehouseDeliveryRelationQueryRequest,
  options?: CallOptions,
): Promise<WdkLogisticNetworkWarehouseDeliveryRelationQueryResponse> {
  return client.call<WdkLogisticNetworkWarehouseDeliveryRelationQueryResponse>(
    {
      method: 'wdk.logistic.network.warehouse.delivery.relation.query',
      responseRoot: 'wdk_logistic_network_warehouse_delivery_relation_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
