// Generated from specs/icbulogistics/alibaba.onetouch.logistics.express.address.city.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.onetouch.logistics.express.address.city.list` (四级地址库-市). */
export interface AlibabaOnetouchLogisticsExpressAddressCityListRequest {
  /** 请求参数 */
  param_query: AlibabaOnetouchLogisticsExpressAddressCityListAddressQueryDtoInput;
}

/** Response of `alibaba.onetouch.logistics.express.address.city.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOnetouchLogisticsExpressAddressCityListResponse {
  /** 接口返回model */
  result?: AlibabaOnetouchLogisticsExpressAddressCityListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressQueryDto` of `alibaba.onetouch.logistics.express.address.city.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressCityListAddressQueryDtoInput {
  /** 省ID */
  province_id: Int64Input;
}

/** `Result` of `alibaba.onetouch.logistics.express.address.city.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressCityListResult {
  /** 返回结果描述 */
  error_message?: string;
  /** 列表对象 */
  values?: AlibabaOnetouchLogisticsExpressAddressCityListRegionEntity[];
  /** 是否成功 */
  success?: boolean;
  /** 返回结果编码 */
  error_code?: Int64;
}

/** `RegionEntity` of `alibaba.onetouch.logistics.express.address.city.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressCityListRegionEntity {
  /** 节点ID */
  area_id?: Int64;
  /** 节点名称拼音 */
  pinyin?: string;
  /** 上级节点ID */
  parent_id?: Int64;
  /** 中文名称 */
  name?: string;
  /** 层级 */
  level?: Int64;
  /** 上级节点名称 */
  parent_name?: string;
}

const REQUEST_SCHEMA = {
  param_query: {
    province_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    values: [
      {
        area_id: 'Number',
        pinyin: 'String',
        parent_id: 'Number',
        name: 'String',
        level: 'Number',
        parent_name: 'String',
      },
    ],
    success: 'Boolean',
    error_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.onetouch.logistics.express.address.city.list`: method, response root, request and response schemas. */
export const alibabaOnetouchLogisticsExpressAddressCityListOperation = {
  method: 'alibaba.onetouch.logistics.express.address.city.list',
  responseRoot: 'alibaba_onetouch_logistics_express_address_city_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 四级地址库-市 — calls TOP method `alibaba.onetouch.logistics.express.address.city.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOnetouchLogisticsExpressAddressCityList(
  client: TopClient,
  request: AlibabaOnetouchLogisticsExpressAddressCityListRequest,
  options?: CallOptions,
): Promise<AlibabaOnetouchLogisticsExpressAddressCityListResponse> {
  return client.call<AlibabaOnetouchLogisticsExpressAddressCityListResponse>(
    {
      method: 'alibaba.onetouch.logistics.express.address.city.list',
      responseRoot: 'alibaba_onetouch_logistics_express_address_city_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
