// Generated from specs/rail/alitrip.rail.ir.division.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.rail.ir.division.get` (国际火车票标准城市查询). */
export interface AlitripRailIrDivisionGetRequest {
  /** 代理商id */
  agent_id: Int64Input;
  /** 层级，1洲，2是国家，3是省，4是市，5是区，6是街道/镇，7是村，8是逻辑行政区，境外火车票业务只需要市级别，传4就可以 */
  level: Int64Input;
  /** 每页条数 */
  page_size: Int64Input;
  /** 页数，从1开始 */
  page_index: Int64Input;
}

/** Response of `alitrip.rail.ir.division.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripRailIrDivisionGetResponse {
  /** 返回对象 */
  result?: AlitripRailIrDivisionGetRailResultList;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RailResultList` of `alitrip.rail.ir.division.get`. */
export interface AlitripRailIrDivisionGetRailResultList {
  /** 是否成功 */
  success?: string;
  /** 错误描述 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 城市列表 */
  module_list?: AlitripRailIrDivisionGetRailDivisionRS[];
}

/** `RailDivisionRS` of `alitrip.rail.ir.division.get`. */
export interface AlitripRailIrDivisionGetRailDivisionRS {
  /** 省份城市 */
  prov_name?: string;
  /** 省份城市英文 */
  prov_name_en?: string;
  /** 省份id */
  prov_id?: Int64;
  /** 国家名称英文 */
  country_name_en?: string;
  /** 国家名称 */
  country_name?: string;
  /** 国家id */
  country_id?: Int64;
  /** 洲名称英文 */
  continent_name_en?: string;
  /** 洲名称 */
  continent_name?: string;
  /** 洲id，id树层级展开 */
  continent_id?: Int64;
  /** 城市三字码 */
  city_code3?: string;
  /** 是否是首都 */
  capital_flag?: Int64;
  /** 国内或者国际 0表示国内,1表示国际 */
  abroad?: Int64;
  /** 简拼 */
  py?: string;
  /** 拼音 */
  pinyin?: string;
  /** 时区 */
  timezoneid?: string;
  /** 国家二字码(ISO 3166-1 alpha-2) */
  country_code2?: string;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
  /** 父级ID */
  parent_id?: Int64;
  /** 层级，1洲，2是国家，3是省，4是市，5是区，6是街道/镇，7是村，8是逻辑行政区 */
  level?: Int64;
  /** 英文名 */
  name_en?: string;
  /** 简称 */
  name_abbr?: string;
  /** 名称 */
  name?: string;
  /** 区名称英文 */
  district_name_en?: string;
  /** 区名称 */
  district_name?: string;
  /** 区id */
  district_id?: Int64;
  /** 城市名称英文 */
  city_name_en?: string;
  /** 城市名称 */
  city_name?: string;
  /** 城市id */
  city_id?: Int64;
  /** 区域id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  agent_id: 'Number',
  level: 'Number',
  page_size: 'Number',
  page_index: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'String',
    err_msg: 'String',
    err_code: 'String',
    module_list: [
      {
        prov_name: 'String',
        prov_name_en: 'String',
        prov_id: 'Number',
        country_name_en: 'String',
        country_name: 'String',
        country_id: 'Number',
        continent_name_en: 'String',
        continent_name: 'String',
        continent_id: 'Number',
        city_code3: 'String',
        capital_flag: 'Number',
        abroad: 'Number',
        py: 'String',
        pinyin: 'String',
        timezoneid: 'String',
        country_code2: 'String',
        latitude: 'String',
        longitude: 'String',
        parent_id: 'Number',
        level: 'Number',
        name_en: 'String',
        name_abbr: 'String',
        name: 'String',
        district_name_en: 'String',
        district_name: 'String',
        district_id: 'Number',
        city_name_en: 'String',
        city_name: 'String',
        city_id: 'Number',
        id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.rail.ir.division.get`: method, response root, request and response schemas. */
export const alitripRailIrDivisionGetOperation = {
  method: 'alitrip.rail.ir.division.get',
  responseRoot: 'alitrip_rail_ir_division_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国际火车票标准城市查询 — calls TOP method `alitrip.rail.ir.division.get`.
 *
 * 国际火车票提供给代理商用于查询标准城市信息，全部城市数据量209530条，含除中国大陆以外的全部海外区域。
 * 代理商通过分页查询的方式，拉取飞猪平台方全部境外标准城市，用于自身城市与飞猪平台城市的映射。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripRailIrDivisionGet(
  client: TopClient,
  request: AlitripRailIrDivisionGetRequest,
  options?: CallOptions,
): Promise<AlitripRailIrDivisionGetResponse> {
  return client.call<AlitripRailIrDivisionGetResponse>(
    {
      method: 'alitrip.rail.ir.division.get',
      responseRoot: 'alitrip_rail_ir_division_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
