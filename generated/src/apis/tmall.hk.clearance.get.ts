// Generated from specs/tmallhk/tmall.hk.clearance.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.hk.clearance.get` (天猫国际-清关材料查询). */
export interface TmallHkClearanceGetRequest {
  /** 天猫国际订单号 */
  order_id: Int64Input;
  /** 是否需要身份证图片，不需要可以缩短接口响应时间 */
  need_image?: boolean;
}

/** Response of `tmall.hk.clearance.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallHkClearanceGetResponse {
  /** 查询结果对象 */
  result?: TmallHkClearanceGetCertifyQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CertifyQueryResult` of `tmall.hk.clearance.get`. */
export interface TmallHkClearanceGetCertifyQueryResult {
  /** 错误代码 */
  err_code?: string;
  /** 错误原因 */
  err_msg?: string;
  /** 清关信息对象 */
  module?: TmallHkClearanceGetConsigneeCertifyInfo;
  /** 查询是否成功 */
  success?: boolean;
}

/** `ConsigneeCertifyInfo` of `tmall.hk.clearance.get`. */
export interface TmallHkClearanceGetConsigneeCertifyInfo {
  /** 身份证正面 */
  credential1?: string;
  /** 身份证背面 */
  credential2?: string;
  /** 有效期截止日期 */
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
    err_code: 'String',
    err_msg: 'String',
    module: {
      credential1: 'String',
      credential2: 'String',
      ocr_exp: 'String',
      ocr_id: 'String',
      ocr_name: 'String',
      order_id: 'Number',
      type: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.hk.clearance.get`: method, response root, request and response schemas. */
export const tmallHkClearanceGetOperation = {
  method: 'tmall.hk.clearance.get',
  responseRoot: 'tmall_hk_clearance_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫国际-清关材料查询 — calls TOP method `tmall.hk.clearance.get`.
 *
 * 提供订单收货人身份信息查询功能。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallHkClearanceGet(
  client: TopClient,
  request: TmallHkClearanceGetRequest,
  options?: CallOptions,
): Promise<TmallHkClearanceGetResponse> {
  return client.call<TmallHkClearanceGetResponse>(
    {
      method: 'tmall.hk.clearance.get',
      responseRoot: 'tmall_hk_clearance_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
