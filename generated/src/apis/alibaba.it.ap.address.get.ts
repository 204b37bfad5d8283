// Generated from specs/newretail/alibaba.it.ap.address.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.it.ap.address.get` (getApAddressByMacNew). */
export interface AlibabaItApAddressGetRequest {
  /** 签名 */
  signature?: string;
  /** 语言 */
  language?: string;
  /** 分配的ak */
  app_key_internal?: string;
  /** ap的mac */
  mac?: string;
  /** 当前时间戳，毫秒 */
  timestamp_internal?: Int64Input;
}

/** Response of `alibaba.it.ap.address.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItApAddressGetResponse {
  /** 接口返回model */
  result?: AlibabaItApAddressGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.it.ap.address.get`. */
export interface AlibabaItApAddressGetResult {
  /** 返回的位置结构体 */
  data?: AlibabaItApAddressGetApAddressInfo;
  /** 返回的错误码 */
  error_code?: Int64;
  /** 返回的错误message */
  error_msg?: string;
  /** 接口返回成功与否 */
  success?: boolean;
}

/** `ApAddressInfo` of `alibaba.it.ap.address.get`. */
export interface AlibabaItApAddressGetApAddressInfo {
  /** ap mac */
  mac?: string;
  /** ap的名称 */
  ap_name?: string;
  /** ap所在组名 */
  ap_group?: string;
  /** 国家 */
  ap_nation_name?: string;
  /** 省份 */
  ap_province_name?: string;
  /** 城市 */
  ap_city_name?: string;
  /** 区域 */
  ap_area_name?: string;
  /** 园区/门店 */
  ap_campus_name?: string;
  /** 楼栋 */
  ap_building_name?: string;
  /** 楼层 */
  ap_floor?: string;
  /** 空间单元名称 */
  ap_unit_name?: string;
  /** 空间单元id */
  ap_unit_id?: Int64;
  /** 方位 */
  direction?: string;
  /** 经度 */
  lng?: string;
  /** 纬度 */
  lat?: string;
  /** 语言 */
  language?: string;
}

const REQUEST_SCHEMA = {
  signature: 'String',
  language: 'String',
  app_key_internal: 'String',
  mac: 'String',
  timestamp_internal: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      mac: 'String',
      ap_name: 'String',
      ap_group: 'String',
      ap_nation_name: 'String',
      ap_province_name: 'String',
      ap_city_name: 'String',
      ap_area_name: 'String',
      ap_campus_name: 'String',
      ap_building_name: 'String',
      ap_floor: 'String',
      ap_unit_name: 'String',
      ap_unit_id: 'Number',
      direction: 'String',
      lng: 'String',
      lat: 'String',
      language: 'String',
    },
    error_code: 'Number',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.it.ap.address.get`: method, response root, request and response schemas. */
export const alibabaItApAddressGetOperation = {
  method: 'alibaba.it.ap.address.get',
  responseRoot: 'alibaba_it_ap_address_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * getApAddressByMacNew — calls TOP method `alibaba.it.ap.address.get`.
 *
 * 根据ap 的mac地址查询ap的结构化位置信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItApAddressGet(
  client: TopClient,
  request: AlibabaItApAddressGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaItApAddressGetResponse> {
  return client.call<AlibabaItApAddressGetResponse>(
    {
      method: 'alibaba.it.ap.address.get',
      responseRoot: 'alibaba_it_ap_address_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
