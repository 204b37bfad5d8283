// Generated from specs/retail/alibaba.retail.electronic.certificate.pre.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.electronic.certificate.pre.confirm` (贩卖机开始核销接口). */
export interface AlibabaRetailElectronicCertificatePreConfirmRequest {
  /** 设备ID */
  device_id?: string;
  /** 核销码 */
  code?: Int64Input;
}

/** Response of `alibaba.retail.electronic.certificate.pre.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailElectronicCertificatePreConfirmResponse {
  /** result */
  result?: AlibabaRetailElectronicCertificatePreConfirmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.retail.electronic.certificate.pre.confirm`. */
export interface AlibabaRetailElectronicCertificatePreConfirmResult {
  /** module */
  module?: AlibabaRetailElectronicCertificatePreConfirmElectronicCertificateDto;
  /** warningInfos */
  warning_infos?: string[];
  /** errorInfos */
  error_infos?: string[];
  /** success */
  success?: boolean;
}

/** `ElectronicCertificateDto` of `alibaba.retail.electronic.certificate.pre.confirm`. */
export interface AlibabaRetailElectronicCertificatePreConfirmElectronicCertificateDto {
  /** itemId */
  item_id?: Int64;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  code: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    module: {
      item_id: 'Number',
    },
    warning_infos: ['String'],
    error_infos: ['String'],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.electronic.certificate.pre.confirm`: method, response root, request and response schemas. */
export const alibabaRetailElectronicCertificatePreConfirmOperation = {
  method: 'alibaba.retail.electronic.certificate.pre.confirm',
  responseRoot: 'alibaba_retail_electronic_certificate_pre_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 贩卖机开始核销接口 — calls TOP method `alibaba.retail.electronic.certificate.pre.confirm`.
 *
 * 零售终端贩卖机开始核销接口,返回待领的商品ID
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailElectronicCertificatePreConfirm(
  client: TopClient,
  request: AlibabaRetailElectronicCertificatePreConfirmRequest = {},
  options?: CallOptions,
): Promise<AlibabaRetailElectronicCertificatePreConfirmResponse> {
  return client.call<AlibabaRetailElectronicCertificatePreConfirmResponse>(
    {
      method: 'alibaba.retail.electronic.certificate.pre.confirm',
      responseRoot: 'alibaba_retail_electronic_certificate_pre_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
