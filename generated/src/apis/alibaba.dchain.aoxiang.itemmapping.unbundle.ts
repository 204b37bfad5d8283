// Generated from specs/ascp/alibaba.dchain.aoxiang.itemmapping.unbundle.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.itemmapping.unbundle` (商货关联解绑). */
export interface AlibabaDchainAoxiangItemmappingUnbundleRequest {
  /** 商货关联解绑入参 */
  unbundle_itemmapping_request: AlibabaDchainAoxiangItemmappingUnbundleUnbundleItemmappingRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.itemmapping.unbundle`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangItemmappingUnbundleResponse {
  /** 返回结构体 */
  unbundle_itemmapping_response?: AlibabaDchainAoxiangItemmappingUnbundleUnbundleItemmappingResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UnbundleItemmappingRequest` of `alibaba.dchain.aoxiang.itemmapping.unbundle`. */
export interface AlibabaDchainAoxiangItemmappingUnbundleUnbundleItemmappingRequestInput {
  /** 业务请求时间(毫秒数) */
  request_time: Int64Input;
  /** 业务请求ID */
  request_id: string;
  /** 货主编码；优仓分配，长度不会超过32位，不含特殊字符 */
  owner_code: string;
  /** 商品id */
  item_id: string;
  /** skuId */
  sku_id?: string;
}

/** `UnbundleItemmappingResponse` of `alibaba.dchain.aoxiang.itemmapping.unbundle`. */
export interface AlibabaDchainAoxiangItemmappingUnbundleUnbundleItemmappingResponse {
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangItemmappingUnbundleUnbundleItemmappingResult;
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 返回信息码 */
  code?: string;
}

/** `UnbundleItemmappingResult` of `alibaba.dchain.aoxiang.itemmapping.unbundle`. */
export interface AlibabaDchainAoxiangItemmappingUnbundleUnbundleItemmappingResult {
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 返回信息码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  unbundle_itemmapping_request: {
    request_time: 'Number',
    request_id: 'String',
    owner_code: 'String',
    item_id: 'String',
    sku_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  unbundle_itemmapping_response: {
    data: {
      success: 'Boolean',
      message: 'String',
      code: 'String',
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.itemmapping.unbundle`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangItemmappingUnbundleOperation = {
  method: 'alibaba.dchain.aoxiang.itemmapping.unbundle',
  responseRoot: 'alibaba_dchain_aoxiang_itemmapping_unbundle_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商货关联解绑 — calls TOP method `alibaba.dchain.aoxiang.itemmapping.unbundle`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangItemmappingUnbundle(
  client: TopClient,
  request: AlibabaDchainAoxiangItemmappingUnbundleRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangItemmappingUnbundleResponse> {
  return client.call<AlibabaDchainAoxiangItemmappingUnbundleResponse>(
    {
      method: 'alibaba.dchain.aoxiang.itemmapping.unbundle',
      responseRoot: 'alibaba_dchain_aoxiang_itemmapping_unbundle_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
