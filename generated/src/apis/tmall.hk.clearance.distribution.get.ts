// Generated from specs/tmallhk/tmall.hk.clearance.distribution.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.hk.clearance.distribution.get` (分销供应商获取清关材料). */
export interface TmallHkClearanceDistributionGetRequest {
  /** 订单号 */
  order_id: Int64Input;
  /** 是否需要身份证图片，不需要可以缩短接口响应时间 */
  need_image?: boolean;
}

/** Response of `tmall.hk.clearance.distribution.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallHkClearanceDistributionGetResponse {
  /** 查询结果对象 */
  result?: TmallHkClearanceDistributionGetCertifyQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CertifyQueryResult` of `tmall.hk.clearance.distribution.get`. */
export interface TmallHkClearanceDistributionGetCertifyQueryResult {
  /** 清关对象 */
  module?: TmallHkClearanceDistributionGetConsigneeCertifyInfo;
  /** 错误原因 */
  err_msg?: string;
  /** 错误代码 */
  err_code?: string;
  /** success */
  success?: boolean;
}

/** `ConsigneeCertifyInfo` of `tmall.hk.clearance.distribution.get`. */
export interface TmallHkClearanceDistributionGetConsigneeCertifyInfo {
  /** 身份证正面 */
  credential1?: string;
  /** 身份证反面 */
  credential2?: string;
  /** 有效期截止时间 */
  ocr_exp?: string;
  /** 身份证号 */
  ocr_id?: string;
  /** 姓名 */
  ocr_name?: string;
  /** 订单号 */
  order_id?: Int64;
  /** 证件类型 */
  type?: Int64;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  need_image: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      credential1: 'String',
      credential2: 'String',
      ocr_exp: 'String',
      ocr_id: 'String',
      ocr_name: 'String',
      order_id: 'Number',
      type: 'Number',
    },
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.hk.clearance.distribution.get`: method, response root, request and response schemas. */
export const tmallHkClearanceDistributionGetOperation = {
  method: 'tmall.hk.clearance.distribution.get',
  responseRoot: 'tmall_hk_clearance_distribution_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销供应商获取清关材料 — calls TOP method `tmall.hk.clearance.distribution.get`.
 *
 * 供销体系下，提供供应商可以直接获取其订单身份证信息的接口，以使其完成清关。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallHkClearanceDistributionGet(
  client: TopClient,
  request: TmallHkClearanceDistributionGetRequest,
  options?: CallOptions,
): Promise<TmallHkClearanceDistributionGetResponse> {
  return client.call<TmallHkClearanceDistributionGetResponse>(
    {
      method: 'tmall.hk.clearance.distribution.get',
      responseRoot: 'tmall_hk_clearance_distribution_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
