// Generated from specs/icbulogistics/alibaba.onetouch.logistics.express.address.province.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.onetouch.logistics.express.address.province.list` (四级地址库-省). */
export interface AlibabaOnetouchLogisticsExpressAddressProvinceListRequest {
  /** 请求参数 */
  param_query: AlibabaOnetouchLogisticsExpressAddressProvinceListAddressQueryDtoInput;
}

/** Response of `alibaba.onetouch.logistics.express.address.province.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOnetouchLogisticsExpressAddressProvinceListResponse {
  /** 接口返回model */
  result?: AlibabaOnetouchLogisticsExpressAddressProvinceListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressQueryDto` of `alibaba.onetouch.logistics.express.address.province.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressProvinceListAddressQueryDtoInput {
  /** 国家code */
  country_code: string;
}

/** `Result` of `alibaba.onetouch.logistics.express.address.province.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressProvinceListResult {
  /** 返回结果描述 */
  error_message?: string;
  /** 列表对象 */
  values?: AlibabaOnetouchLogisticsExpressAddressProvinceListRegionEntity[];
  /** 是否成功 */
  success?: boolean;
  /** 返回结果编码 */
  error_code?: Int64;
}

/** `RegionEntity` of `alibaba.onetouch.logistics.express.address.province.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressProvinceListRegionEntity {
  /** 上级节点名称 */
  parent_name?: string;
  /** 层级 */
  level?: Int64;
  /** 中文名称 */
  name?: string;
  /** 上级节点ID */
  parent_id?: Int64;
  /** 节点名称拼音 */
  pinyin?: string;
  /** 节点ID */
  area_id?: Int64;
}

const REQUEST_SCHEMA = {
  param_query: {
    country_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    values: [
      {
        parent_name: 'String',
        level: 'Number',
        name: 'String',
        parent_id: 'Number',
        pinyin: 'String',
        area_id: 'Number',
      },
    ],
    success: 'Boolean',
    error_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.onetouch.logistics.express.address.province.list`: method, response root, request and response schemas. */
export const alibabaOnetouchLogisticsExpressAddressProvinceListOperation = {
  method: 'alibaba.onetouch.logistics.express.address.province.list',
  responseRoot: 'alibaba_onetouch_logistics_express_address_province_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 四级地址库-省 — calls TOP method `alibaba.onetouch.logistics.express.address.province.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOnetouchLogisticsExpressAddressProvinceList(
  client: TopClient,
  request: AlibabaOnetouchLogisticsExpressAddressProvinceListRequest,
  options?: CallOptions,
): Promise<AlibabaOnetouchLogisticsExpressAddressProvinceListResponse> {
  return client.call<AlibabaOnetouchLogisticsExpressAddressProvinceListResponse>(
    {
      method: 'alibaba.onetouch.logistics.express.address.province.list',
      responseRoot: 'alibaba_onetouch_logistics_express_address_province_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
