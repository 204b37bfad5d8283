// Generated from specs/tmallhk/tmall.hk.clearance.certification.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.hk.clearance.certification.get` (获取订单清关材料实名信息). */
export interface TmallHkClearanceCertificationGetRequest {
  /** 参数 */
  order_cert_request?: TmallHkClearanceCertificationGetOrderCertRequestInput;
}

/** Response of `tmall.hk.clearance.certification.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallHkClearanceCertificationGetResponse {
  /** 返回内容数据 */
  data?: TmallHkClearanceCertificationGetOrderCertifyResponse;
  /** 错误提示信息 */
  response_message?: string;
  /** 接口是否返回成功 */
  succeeded?: boolean;
  /** 错误编码 */
  response_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCertRequest` of `tmall.hk.clearance.certification.get`. */
export interface TmallHkClearanceCertificationGetOrderCertRequestInput {
  /** 订单编号 */
  order_id: Int64Input;
}

/** `OrderCertifyResponse` of `tmall.hk.clearance.certification.get`. */
export interface TmallHkClearanceCertificationGetOrderCertifyResponse {
  /** 是否已经实名 */
  auth?: boolean;
  /** 具体实名信息 */
  order_certify?: TmallHkClearanceCertificationGetOrderCertify;
}

/** `OrderCertify` of `tmall.hk.clearance.certification.get`. */
export interface TmallHkClearanceCertificationGetOrderCertify {
  /** 订购人身份证号加密而成的加密串 */
  ocr_id?: string;
  /** 订单编号 */
  order_id?: Int64;
  /** 订购人姓名加密而成的加密串 */
  ocr_name?: string;
  /** 身份证的幂等号，用来标识订单实名的唯一性 */
  idempotent?: string;
  /** 订购人电话加密而成的加密串 */
  phone?: string;
}

const REQUEST_SCHEMA = {
  order_cert_request: {
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    auth: 'Boolean',
    order_certify: {
      ocr_id: 'String',
      order_id: 'Number',
      ocr_name: 'String',
      idempotent: 'String',
      phone: 'String',
    },
  },
  response_message: 'String',
  succeeded: 'Boolean',
  response_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.hk.clearance.certification.get`: method, response root, request and response schemas. */
export const tmallHkClearanceCertificationGetOperation = {
  method: 'tmall.hk.clearance.certification.get',
  responseRoot: 'tmall_hk_clearance_certification_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取订单清关材料实名信息 — calls TOP method `tmall.hk.clearance.certification.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallHkClearanceCertificationGet(
  client: TopClient,
  request: TmallHkClearanceCertificationGetRequest = {},
  options?: CallOptions,
): Promise<TmallHkClearanceCertificationGetResponse> {
  return client.call<TmallHkClearanceCertificationGetResponse>(
    {
      method: 'tmall.hk.clearance.certification.get',
      responseRoot: 'tmall_hk_clearance_certification_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
