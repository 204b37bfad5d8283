// Generated from specs/wdk/alibaba.tc.compass.warehousenetwork.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tc.compass.warehousenetwork.query` (按仓维度来查询鸟潮网络). */
export interface AlibabaTcCompassWarehousenetworkQueryRequest {
  /** 仓商家编码 */
  warehouse_merchant_code?: string;
  /** 仓编码 */
  warehouse_code?: string;
  /** WAVE_ARRIVE-波次达。ONE_HOUR-小时达 */
  service_type?: string;
}

/** Response of `alibaba.tc.compass.warehousenetwork.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTcCompassWarehousenetworkQueryResponse {
  /** 返回结果 */
  result?: AlibabaTcCompassWarehousenetworkQueryTopApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopApiResult` of `alibaba.tc.compass.warehousenetwork.query`. */
export interface AlibabaTcCompassWarehousenetworkQueryTopApiResult {
  /** 数据 */
  data?: AlibabaTcCompassWarehousenetworkQueryWarehouseNetworkResultDTO;
  /** 请求成功或失败 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误详情 */
  error_msg?: string;
}

/** `WarehouseNetworkResultDTO` of `alibaba.tc.compass.warehousenetwork.query`. */
export interface AlibabaTcCompassWarehousenetworkQueryWarehouseNetworkResultDTO {
  /** 网络类型 WAVE_ARRIVE-波次达。ONE_HOUR-小时达 */
  service_type?: string;
  /** 仓商家 */
  warehouse_merchant_code?: string;
  /** 线路信息 */
  network_route_dto_list?: AlibabaTcCompassWarehousenetworkQueryNetworkRouteDTO[];
  /** 仓编码 */
  warehouse_code?: string;
}

/** `NetworkRouteDTO` of `alibaba.tc.compass.warehousenetwork.query`. */
export interface AlibabaTcCompassWarehousenetworkQueryNetworkRouteDTO {
  /** 线路ID */
  route_id?: string;
  /** 节点信息 */
  nodes?: AlibabaTcCompassWarehousenetworkQueryLogisticsNodeFullInfo[];
}

/** `LogisticsNodeFullInfo` of `alibaba.tc.compass.warehousenetwork.query`. */
export interface AlibabaTcCompassWarehousenetworkQueryLogisticsNodeFullInfo {
  /** 节点名称 */
  node_name?: string;
  /** 节点商家编码 */
  merchant_code?: string;
  /** 浙江省 */
  prov_name?: string;
  /** 西集镇任郎路与供杜路交叉口西北200米 */
  address?: string;
  /** 节点编码 */
  node_code?: string;
  /** 110100 */
  city_id?: string;
  /** 经纬度 */
  poi?: string;
  /** /** * 仓 *\/ WAREHOUSE(1, "仓"), /** * 揽运站 *\/ COLLECT_DOCK(2, "揽运站"), /** * 配送站 *\/ DELIVERY_DOCK(3, "配送站"), /** * 近端履约中心 *\/ CFC(4, "近端履约中心"), ; */
  node_type?: Int64;
  /** 区域ID */
  area_id?: string;
  /** 城市名称 */
  city_name?: string;
  /** 区域名称 */
  area_name?: string;
  /** 省份id */
  prov_id?: string;
}

const REQUEST_SCHEMA = {
  warehouse_merchant_code: 'String',
  warehouse_code: 'String',
  service_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      service_type: 'String',
      warehouse_merchant_code: 'String',
      network_route_dto_list: [
        {
          route_id: 'String',
          nodes: [
            {
              node_name: 'String',
              merchant_code: 'String',
              prov_name: 'String',
              address: 'String',
              node_code: 'String',
              city_id: 'String',
              poi: 'String',
              node_type: 'Number',
              area_id: 'String',
              city_name: 'String',
              area_name: 'String',
              prov_id: 'String',
            },
          ],
        },
      ],
      warehouse_code: 'String',
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tc.compass.warehousenetwork.query`: method, response root, request and response schemas. */
export const alibabaTcCompassWarehousenetworkQueryOperation = {
  method: 'alibaba.tc.compass.warehousenetwork.query',
  responseRoot: 'alibaba_tc_compass_warehousenetwork_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按仓维度来查询鸟潮网络 — calls TOP method `alibaba.tc.compass.warehousenetwork.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTcCompassWarehousenetworkQuery(
  client: TopClient,
  request: AlibabaTcCompassWarehousenetworkQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaTcCompassWarehousenetworkQueryResponse> {
  return client.call<AlibabaTcCompassWarehousenetworkQueryResponse>(
    {
      method: 'alibaba.tc.compass.warehousenetwork.query',
      responseRoot: 'alibaba_tc_compass_warehousenetwork_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
