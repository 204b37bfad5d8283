// Generated from specs/alihouse/alibaba.alihouse.existinghome.agreement.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.agreement.sync` (二手房电子协议数据同步). */
export interface AlibabaAlihouseExistinghomeAgreementSyncRequest {
  /** 数据结构 */
  existing_home_electric_agreement_dto: AlibabaAlihouseExistinghomeAgreementSyncExistingHomeElectricAgreementDtoInput;
}

/** Response of `alibaba.alihouse.existinghome.agreement.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeAgreementSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeAgreementSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExistingHomeElectricAgreementDto` of `alibaba.alihouse.existinghome.agreement.sync`. */
export interface AlibabaAlihouseExistinghomeAgreementSyncExistingHomeElectricAgreementDtoInput {
  /** 是否生效 1-生效 0-失效 */
  is_valid: Int64Input;
  /** 协议内容 */
  agreement_content: string;
  /** 协议名称 */
  agreement_name: string;
  /** 是否使用模板 1-是 0-否 */
  is_template: Int64Input;
  /** 协议类型 */
  agreement_type: Int64Input;
  /** 外部协议ID */
  outer_agreement_id: string;
  /** 公司进件ID */
  merchant_open_id?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.agreement.sync`. */
export interface AlibabaAlihouseExistinghomeAgreementSyncResult {
  /** 预览URL */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  existing_home_electric_agreement_dto: {
    is_valid: 'Number',
    agreement_content: 'String',
    agreement_name: 'String',
    is_template: 'Number',
    agreement_type: 'Number',
    outer_agreement_id: 'String',
    merchant_open_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.agreement.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeAgreementSyncOperation = {
  method: 'alibaba.alihouse.existinghome.agreement.sync',
  responseRoot: 'alibaba_alihouse_existinghome_agreement_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 二手房电子协议数据同步 — calls TOP method `alibaba.alihouse.existinghome.agreement.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeAgreementSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeAgreementSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeAgreementSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeAgreementSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.agreement.sync',
      responseRoot: 'alibaba_alihouse_existinghome_agreement_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
