// Generated from specs/waybill/cainiao.waybill.address.reachable.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.address.reachable.query` (地址可达查询). */
export interface CainiaoWaybillAddressReachableQueryRequest {
  /** 入参 */
  reachable_recommend_request_dto?: CainiaoWaybillAddressReachableQueryReachableRecommendRequestDTOInput;
  /** 调用方对象 */
  client_info_dto?: CainiaoWaybillAddressReachableQueryClientInfoDTOInput;
}

/** Response of `cainiao.waybill.address.reachable.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillAddressReachableQueryResponse {
  /** 结果 */
  result?: CainiaoWaybillAddressReachableQueryBaseResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReachableRecommendRequestDTO` of `cainiao.waybill.address.reachable.query`. */
export interface CainiaoWaybillAddressReachableQueryReachableRecommendRequestDTOInput {
  /** 指定快递公司 */
  cp_code?: string;
  /** 地址 */
  address?: CainiaoWaybillAddressReachableQueryAddressDTOInput;
}

/** `AddressDTO` of `cainiao.waybill.address.reachable.query`. */
export interface CainiaoWaybillAddressReachableQueryAddressDTOInput {
  /** 镇/街道 */
  town_name?: string;
  /** 详细地址 */
  address_detail?: string;
  /** 市 */
  city_name?: string;
  /** 区 */
  area_name?: string;
  /** 省 */
  province_name?: string;
}

/** `ClientInfoDTO` of `cainiao.waybill.address.reachable.query`. */
export interface CainiaoWaybillAddressReachableQueryClientInfoDTOInput {
  /** 调用时自定义描述信息 */
  description?: string;
}

/** `BaseResultDTO` of `cainiao.waybill.address.reachable.query`. */
export interface CainiaoWaybillAddressReachableQueryBaseResultDTO {
  /** 请求是否成功 */
  success?: boolean;
  /** 地址可达结果 */
  module?: CainiaoWaybillAddressReachableQueryReachableRecommendResponseDTO;
  /** 异常信息 */
  error_info_list?: CainiaoWaybillAddressReachableQueryErrorInfo[];
}

/** `ReachableRecommendResponseDTO` of `cainiao.waybill.address.reachable.query`. */
export interface CainiaoWaybillAddressReachableQueryReachableRecommendResponseDTO {
  /** 地址是否可达 */
  reachable?: boolean;
  /** 不可达原因 */
  interrupt_reason?: string;
  /** 不可达结束时间 */
  interrupt_end_time?: string;
  /** 可达CP列表 */
  reachable_cps?: CainiaoWaybillAddressReachableQueryCpInfoDTO[];
  /** 拦截类型 */
  interrupt_type?: string;
}

/** `CpInfoDTO` of `cainiao.waybill.address.reachable.query`. */
export interface CainiaoWaybillAddressReachableQueryCpInfoDTO {
  /** cp编码 */
  cp_code?: string;
  /** cp名称 */
  cp_name?: string;
}

/** `ErrorInfo` of `cainiao.waybill.address.reachable.query`. */
export interface CainiaoWaybillAddressReachableQueryErrorInfo {
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  reachable_recommend_request_dto: {
    cp_code: 'String',
    address: {
      town_name: 'String',
      address_detail: 'String',
      city_name: 'String',
      area_name: 'String',
      province_name: 'String',
    },
  },
  client_info_dto: {
    description: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: {
      reachable: 'Boolean',
      interrupt_reason: 'String',
      interrupt_end_time: 'String',
      reachable_cps: [
        {
          cp_code: 'String',
          cp_name: 'String',
        },
      ],
      interrupt_type: 'String',
    },
    error_info_list: [
      {
        error_message: 'String',
        error_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.address.reachable.query`: method, response root, request and response schemas. */
export const cainiaoWaybillAddressReachableQueryOperation = {
  method: 'cainiao.waybill.address.reachable.query',
  responseRoot: 'cainiao_waybill_address_reachable_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 地址可达查询 — calls TOP method `cainiao.waybill.address.reachable.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillAddressReachableQuery(
  client: TopClient,
  request: CainiaoWaybillAddressReachableQueryRequest = {},
  options?: CallOptions,
): Promise<CainiaoWaybillAddressReachableQueryResponse> {
  return client.call<CainiaoWaybillAddressReachableQueryResponse>(
    {
      method: 'cainiao.waybill.address.reachable.query',
      responseRoot: 'cainiao_waybill_address_reachable_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
