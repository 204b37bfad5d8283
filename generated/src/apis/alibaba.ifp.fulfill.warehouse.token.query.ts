// Generated from specs/wdk/alibaba.ifp.fulfill.warehouse.token.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ifp.fulfill.warehouse.token.query` (同城令牌打印接口). */
export interface AlibabaIfpFulfillWarehouseTokenQueryRequest {
  /** 入参 */
  package_query_d_t_o?: AlibabaIfpFulfillWarehouseTokenQueryPackageQueryDtoInput;
}

/** Response of `alibaba.ifp.fulfill.warehouse.token.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIfpFulfillWarehouseTokenQueryResponse {
  /** 返回结果 */
  work_result?: AlibabaIfpFulfillWarehouseTokenQueryWorkResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PackageQueryDto` of `alibaba.ifp.fulfill.warehouse.token.query`. */
export interface AlibabaIfpFulfillWarehouseTokenQueryPackageQueryDtoInput {
  /** 同城令牌号 */
  token_code?: string;
  /** 仓Code */
  node_code: string;
  /** 作业单元ID */
  work_unit_id: string;
}

/** `WorkResult` of `alibaba.ifp.fulfill.warehouse.token.query`. */
export interface AlibabaIfpFulfillWarehouseTokenQueryWorkResult {
  /** 返回数据 */
  data?: AlibabaIfpFulfillWarehouseTokenQueryPackageResultDto;
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  code?: string;
  /** 响应结果 */
  success?: boolean;
}

/** `PackageResultDto` of `alibaba.ifp.fulfill.warehouse.token.query`. */
export interface AlibabaIfpFulfillWarehouseTokenQueryPackageResultDto {
  /** 路由节点 */
  route_nodes?: AlibabaIfpFulfillWarehouseTokenQueryRouteNodeDto[];
  /** 令牌列表 */
  token_codes?: string[];
  /** 作业要求 */
  operational_requirement?: string;
  /** 合单标 */
  merge_order_tag?: string;
  /** 收件人地址 */
  buyer_address?: string;
  /** 收件人电话 */
  buyer_phone?: string;
  /** 收件人名称 */
  buyer_name?: string;
  /** 末端合流标示 */
  time_order_tag?: string;
  /** AOI名称 */
  aoi_name?: string;
  /** 区块ID */
  route_area?: string;
  /** 波次时间 */
  wave_time?: string;
  /** 应履约日期 */
  fulfill_date?: string;
}

/** `RouteNodeDto` of `alibaba.ifp.fulfill.warehouse.token.query`. */
export interface AlibabaIfpFulfillWarehouseTokenQueryRouteNodeDto {
  /** 节点序号 */
  node_index?: Int64;
  /** 节点类型 */
  node_type?: string;
  /** 节点名称 */
  node_code?: string;
}

const REQUEST_SCHEMA = {
  package_query_d_t_o: {
    token_code: 'String',
    node_code: 'String',
    work_unit_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  work_result: {
    data: {
      route_nodes: [
        {
          node_index: 'Number',
          node_type: 'String',
          node_code: 'String',
        },
      ],
      token_codes: ['String'],
      operational_requirement: 'String',
      merge_order_tag: 'String',
      buyer_address: 'String',
      buyer_phone: 'String',
      buyer_name: 'String',
      time_order_tag: 'String',
      aoi_name: 'String',
      route_area: 'String',
      wave_time: 'String',
      fulfill_date: 'String',
    },
    message: 'String',
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ifp.fulfill.warehouse.token.query`: method, response root, request and response schemas. */
export const alibabaIfpFulfillWarehouseTokenQueryOperation = {
  method: 'alibaba.ifp.fulfill.warehouse.token.query',
  responseRoot: 'alibaba_ifp_fulfill_warehouse_token_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城令牌打印接口 — calls TOP method `alibaba.ifp.fulfill.warehouse.token.query`.
 *
 * 用于仓内作业打印包裹信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIfpFulfillWarehouseTokenQuery(
  client: TopClient,
  request: AlibabaIfpFulfillWarehouseTokenQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIfpFulfillWarehouseTokenQueryResponse> {
  return client.call<AlibabaIfpFulfillWarehouseTokenQueryResponse>(
    {
      method: 'alibaba.ifp.fulfill.warehouse.token.query',
      responseRoot: 'alibaba_ifp_fulfill_warehouse_token_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
