// Generated from specs/icbulogistics/alibaba.onetouch.logistics.express.address.division.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.onetouch.logistics.express.address.division.list` (四级地址库-区域). */
export interface AlibabaOnetouchLogisticsExpressAddressDivisionListRequest {
  /** 请求参数 */
  param_query: AlibabaOnetouchLogisticsExpressAddressDivisionListAddressQueryDtoInput;
}

/** Response of `alibaba.onetouch.logistics.express.address.division.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOnetouchLogisticsExpressAddressDivisionListResponse {
  /** 接口返回model */
  result?: AlibabaOnetouchLogisticsExpressAddressDivisionListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddressQueryDto` of `alibaba.onetouch.logistics.express.address.division.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressDivisionListAddressQueryDtoInput {
  /** 城市id */
  city_id: Int64Input;
  /** 是否包含子节点 */
  with_children: boolean;
}

/** `Result` of `alibaba.onetouch.logistics.express.address.division.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressDivisionListResult {
  /** 返回结果描述 */
  error_message?: string;
  /** 列表对象 */
  values?: AlibabaOnetouchLogisticsExpressAddressDivisionListRegionEntity;
  /** 是否成功 */
  success?: boolean;
  /** 返回结果编码 */
  error_code?: Int64;
}

/** `RegionEntity` of `alibaba.onetouch.logistics.express.address.division.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressDivisionListRegionEntity {
  /** 邮编 */
  zip?: string;
  /** 节点名称拼音 */
  pinyin?: string;
  /** 层级 */
  level?: Int64;
  /** id */
  id?: Int64;
  /** 上级节点ID */
  parent_id?: Int64;
  /** 子节点列表 */
  childrens?: AlibabaOnetouchLogisticsExpressAddressDivisionListDivision[];
  /** 节点名称 */
  name?: string;
}

/** `Division` of `alibaba.onetouch.logistics.express.address.division.list`. */
export interface AlibabaOnetouchLogisticsExpressAddressDivisionListDivision {
  /** 节点id */
  id?: Int64;
  /** 节点名称拼音 */
  pinyin?: string;
  /** 上级节点ID */
  parent_id?: Int64;
  /** 中文名称 */
  name?: string;
  /** 层级 */
  level?: Int64;
}

const REQUEST_SCHEMA = {
  param_query: {
    city_id: 'Number',
    with_children: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    values: {
      zip: 'String',
      pinyin: 'String',
      level: 'Number',
      id: 'Number',
      parent_id: 'Number',
      childrens: [
        {
          id: 'Number',
          pinyin: 'String',
          parent_id: 'Number',
          name: 'String',
          level: 'Number',
        },
      ],
      name: 'String',
    },
    success: 'Boolean',
    error_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.onetouch.logistics.express.address.division.list`: method, response root, request and response schemas. */
export const alibabaOnetouchLogisticsExpressAddressDivisionListOperation = {
  method: 'alibaba.onetouch.logistics.express.address.division.list',
  responseRoot: 'alibaba_onetouch_logistics_express_address_division_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 四级地址库-区域 — calls TOP method `alibaba.onetouch.logistics.express.address.division.list`.
 *
 * 四级地址库-区
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOnetouchLogisticsExpressAddressDivisionList(
  client: TopClient,
  request: AlibabaOnetouchLogisticsExpressAddressDivisionListRequest,
  options?: CallOptions,
): Promise<AlibabaOnetouchLogisticsExpressAddressDivisionListResponse> {
  return client.call<AlibabaOnetouchLogisticsExpressAddressDivisionListResponse>(
    {
      method: 'alibaba.onetouch.logistics.express.address.division.list',
      responseRoot: 'alibaba_onetouch_logistics_express_address_division_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
