// Generated from specs/icbulogistics/alibaba.onetouch.logistics.express.address.street.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.onetouch.logistics.express.address.street.list` (四级地址库-街道). */
export interface AlibabaOnetouchLogisticsExpressAddressStreetListRequest {
  /** 请求参数 */
  param_query: AlibabaOnetouchLogisticsExpressAddressStreetListAddressQueryDtoInput;
}

/** Response of `alibaba.onetouch.logistics.express.address.street.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOnetouchLogisticsExpressAddressStreetListResponse {
  /** 接口返回model */
  result?: AlibabaOnetouchLogisticsExpressAddressStreetListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressQueryDto` of `alibaba.onetouch.logistics.express.address.street.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressStreetListAddressQueryDtoInput {
  /** 查询关键词 */
  search_text: string;
}

/** `Result` of `alibaba.onetouch.logistics.express.address.street.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressStreetListResult {
  /** 返回结果描述 */
  error_message?: string;
  /** 列表对象 */
  values?: AlibabaOnetouchLogisticsExpressAddressStreetListRegionEntity[];
  /** 是否成功 */
  success?: boolean;
  /** 返回结果编码 */
  error_code?: Int64;
}

/** `RegionEntity` of `alibaba.onetouch.logistics.express.address.street.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressStreetListRegionEntity {
  /** 邮编 */
  zip?: string;
  /** 地址 */
  address?: string;
}

const REQUEST_SCHEMA = {
  param_query: {
    search_text: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    values: [
      {
        zip: 'String',
        address: 'String',
      },
    ],
    success: 'Boolean',
    error_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.onetouch.logistics.express.address.street.list`: method, response root, request and response schemas. */
export const alibabaOnetouchLogisticsExpressAddressStreetListOperation = {
  method: 'alibaba.onetouch.logistics.express.address.street.list',
  responseRoot: 'alibaba_onetouch_logistics_express_address_street_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 四级地址库-街道 — calls TOP method `alibaba.onetouch.logistics.express.address.street.list`.
 *
 * 四级地址库-街道模糊查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOnetouchLogisticsExpressAddressStreetList(
  client: TopClient,
  request: AlibabaOnetouchLogisticsExpressAddressStreetListRequest,
  options?: CallOptions,
): Promise<AlibabaOnetouchLogisticsExpressAddressStreetListResponse> {
  return client.call<AlibabaOnetouchLogisticsExpressAddressStreetListResponse>(
    {
      method: 'alibaba.onetouch.logistics.express.address.street.list',
      responseRoot: 'alibaba_onetouch_logistics_express_address_street_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
