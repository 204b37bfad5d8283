// Generated from specs/rail/alitrip.rail.ir.station.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.rail.ir.station.get` (国际火车票标准车站查询). */
export interface AlitripRailIrStationGetRequest {
  /** 商家id */
  agent_id: Int64Input;
  /** 页数 从1开始 */
  page_index: Int64Input;
  /** 每页条数 */
  page_size: Int64Input;
}

/** Response of `alitrip.rail.ir.station.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripRailIrStationGetResponse {
  /** 返回对象 */
  result?: AlitripRailIrStationGetRailResultList;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RailResultList` of `alitrip.rail.ir.station.get`. */
export interface AlitripRailIrStationGetRailResultList {
  /** 车站列表 */
  module_list?: AlitripRailIrStationGetRailStationRS[];
  /** 是否成功 */
  success?: string;
  /** 错误码 */
  err_code?: string;
  /** 错误描述 */
  err_msg?: string;
}

/** `RailStationRS` of `alitrip.rail.ir.station.get`. */
export interface AlitripRailIrStationGetRailStationRS {
  /** 车站图片url，多个;号分隔 */
  image?: string;
  /** 车站信息，多行;号分隔 */
  detail?: string;
  /** 车站地址 */
  address?: string;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
  /** 车站中文名称 */
  cn_name?: string;
  /** 车站英文名称 */
  en_name?: string;
  /** 所属城市名称 */
  division_name?: string;
  /** 所属城市id */
  division_id?: Int64;
  /** 车站原始名称 */
  name?: string;
  /** 车站编码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  agent_id: 'Number',
  page_index: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module_list: [
      {
        image: 'String',
        detail: 'String',
        address: 'String',
        latitude: 'String',
        longitude: 'String',
        cn_name: 'String',
        en_name: 'String',
        division_name: 'String',
        division_id: 'Number',
        name: 'String',
        code: 'String',
      },
    ],
    success: 'String',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.rail.ir.station.get`: method, response root, request and response schemas. */
export const alitripRailIrStationGetOperation = {
  method: 'alitrip.rail.ir.station.get',
  responseRoot: 'alitrip_rail_ir_station_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国际火车票标准车站查询 — calls TOP method `alitrip.rail.ir.station.get`.
 *
 * 国际火车票提供给代理商用于查询标准车站信息，用于代理商对自己的车站与飞猪平台的车站做映射
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripRailIrStationGet(
  client: TopClient,
  request: AlitripRailIrStationGetRequest,
  options?: CallOptions,
): Promise<AlitripRailIrStationGetResponse> {
  return client.call<AlitripRailIrStationGetResponse>(
    {
      method: 'alitrip.rail.ir.station.get',
      responseRoot: 'alitrip_rail_ir_station_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
