// Generated from specs/drugtrace/alibaba.alihealth.drugcode.drugfactory.transferblind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.drugfactory.transferblind` (传输盲底文件). */
export interface AlibabaAlihealthDrugcodeDrugfactoryTransferblindRequest {
  /** 企业id */
  ref_ent_id?: string;
  /** 签名值 */
  sign_value?: string;
  /** 密文 */
  cipher_text?: string;
  /** 文件名称 */
  file_name?: string;
}

/** Response of `alibaba.alihealth.drugcode.drugfactory.transferblind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeDrugfactoryTransferblindResponse {
  /** 调用结果 */
  model?: boolean;
  /** 操作码 */
  msg_code?: string;
  /** 操作说明 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  sign_value: 'String',
  cipher_text: 'String',
  file_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.drugfactory.transferblind`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeDrugfactoryTransferblindOperation = {
  method: 'alibaba.alihealth.drugcode.drugfactory.transferblind',
  responseRoot: 'alibaba_alihealth_drugcode_drugfactory_transferblind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 传输盲底文件 — calls TOP method `alibaba.alihealth.drugcode.drugfactory.transferblind`.
 *
 * 临床用药试验-传输盲底文件
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeDrugfactoryTransferblind(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeDrugfactoryTransferblindRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeDrugfactoryTransferblindResponse> {
  return client.call<AlibabaAlihealthDrugcodeDrugfactoryTransferblindResponse>(
    {
      method: 'alibaba.alihealth.drugcode.drugfactory.transferblind',
      responseRoot: 'alibaba_alihealth_drugcode_drugfactory_transferblind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
