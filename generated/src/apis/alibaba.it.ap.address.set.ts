// Generated from specs/newretail/alibaba.it.ap.address.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.it.ap.address.set` (setApAddressNew). */
export interface AlibabaItApAddressSetRequest {
  /** 城市 */
  ap_city_name?: string;
  /** 经度 */
  lng?: string;
  /** 签名 */
  signature: string;
  /** 园区/门店 */
  ap_campus_name?: string;
  /** 区域 */
  ap_area_name?: string;
  /** 省份 */
  ap_province_name?: string;
  /** ap mac地址 */
  mac: string;
  /** ap空间单元名称 */
  ap_unit_name?: string;
  /** 楼层 */
  ap_floor?: string;
  /** 楼栋 */
  ap_building_name?: string;
  /** 分配的内部ak */
  app_key_internal: string;
  /** 国家 */
  ap_nation_name?: string;
  /** 纬度 */
  lat?: string;
  /** 方位 */
  direction?: string;
  /** 时间戳，毫秒 */
  timestamp_internal: Int64Input;
}

/** Response of `alibaba.it.ap.address.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItApAddressSetResponse {
  /** 接口返回model */
  result?: AlibabaItApAddressSetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.it.ap.address.set`. */
export interface AlibabaItApAddressSetResult {
  /** 返回内容 */
  data?: string;
  /** 返回结果 */
  success?: boolean;
  /** 返回的错误码 */
  error_code?: Int64;
  /** 返回的message */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  ap_city_name: 'String',
  lng: 'String',
  signature: 'String',
  ap_campus_name: 'String',
  ap_area_name: 'String',
  ap_province_name: 'String',
  mac: 'String',
  ap_unit_name: 'String',
  ap_floor: 'String',
  ap_building_name: 'String',
  app_key_internal: 'String',
  ap_nation_name: 'String',
  lat: 'String',
  direction: 'String',
  timestamp_internal: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    error_code: 'Number',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.it.ap.address.set`: method, response root, request and response schemas. */
export const alibabaItApAddressSetOperation = {
  method: 'alibaba.it.ap.address.set',
  responseRoot: 'alibaba_it_ap_address_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * setApAddressNew — calls TOP method `alibaba.it.ap.address.set`.
 *
 * 该接口可为ISV系统提供 ap位置信息维护的功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItApAddressSet(
  client: TopClient,
  request: AlibabaItApAddressSetRequest,
  options?: CallOptions,
): Promise<AlibabaItApAddressSetResponse> {
  return client.call<AlibabaItApAddressSetResponse>(
    {
      method: 'alibaba.it.ap.address.set',
      responseRoot: 'alibaba_it_ap_address_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
