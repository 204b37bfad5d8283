// Generated from specs/retail/alibaba.retail.electronic.certificate.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.electronic.certificate.confirm` (确认核销接口). */
export interface AlibabaRetailElectronicCertificateConfirmRequest {
  /** 核销码 */
  code?: Int64Input;
  /** 商品ID */
  item_id?: Int64Input;
  /** 设备ID */
  device_id?: string;
}

/** Response of `alibaba.retail.electronic.certificate.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailElectronicCertificateConfirmResponse {
  /** result */
  result?: AlibabaRetailElectronicCertificateConfirmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.retail.electronic.certificate.confirm`. */
export interface AlibabaRetailElectronicCertificateConfirmResult {
  /** module */
  module?: boolean;
  /** warningInfos */
  warning_infos?: string[];
  /** errorInfos */
  error_infos?: string[];
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  code: 'Number',
  item_id: 'Number',
  device_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: 'Boolean',
    warning_infos: ['String'],
    error_infos: ['String'],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.electronic.certificate.confirm`: method, response root, request and response schemas. */
export const alibabaRetailElectronicCertificateConfirmOperation = {
  method: 'alibaba.retail.electronic.certificate.confirm',
  responseRoot: 'alibaba_retail_electronic_certificate_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认核销接口 — calls TOP method `alibaba.retail.electronic.certificate.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailElectronicCertificateConfirm(
  client: TopClient,
  request: AlibabaRetailElectronicCertificateConfirmRequest = {},
  options?: CallOptions,
): Promise<AlibabaRetailElectronicCertificateConfirmResponse> {
  return client.call<AlibabaRetailElectronicCertificateConfirmResponse>(
    {
      method: 'alibaba.retail.electronic.certificate.confirm',
      responseRoot: 'alibaba_retail_electronic_certificate_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
