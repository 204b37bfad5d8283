// Generated from specs/drugtrace/alibaba.alihealth.drugcode.applycert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.applycert` (申请证书为对接方). */
export interface AlibabaAlihealthDrugcodeApplycertRequest {
  /** 设备唯一标识编号 */
  serial_num: string;
  /** 企业Id */
  ref_ent_id: string;
  /** 企业名称 */
  ent_name: string;
  /** 证书签名请求 */
  csr: string;
  /** 证书丢失时的操作类型 (true：证书丢失) */
  cert_lost_flag: boolean;
}

/** Response of `alibaba.alihealth.drugcode.applycert`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeApplycertResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthDrugcodeApplycertTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.drugcode.applycert`. */
export interface AlibabaAlihealthDrugcodeApplycertTopResultModel {
  /** 证书信息 */
  model?: AlibabaAlihealthDrugcodeApplycertSysCertDto;
  /** 操作码 */
  msg_code?: string;
  /** 操作信息 */
  msg_info?: string;
}

/** `SysCertDto` of `alibaba.alihealth.drugcode.applycert`. */
export interface AlibabaAlihealthDrugcodeApplycertSysCertDto {
  /** 证书序列号 */
  cert_sn?: string;
  /** 证书公钥 */
  cert?: string;
}

const REQUEST_SCHEMA = {
  serial_num: 'String',
  ref_ent_id: 'String',
  ent_name: 'String',
  csr: 'String',
  cert_lost_flag: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      cert_sn: 'String',
      cert: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.applycert`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeApplycertOperation = {
  method: 'alibaba.alihealth.drugcode.applycert',
  responseRoot: 'alibaba_alihealth_drugcode_applycert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 申请证书为对接方 — calls TOP method `alibaba.alihealth.drugcode.applycert`.
 *
 * 申请证书 为对接方(当前是药厂和中心化系统)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeApplycert(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeApplycertRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeApplycertResponse> {
  return client.call<AlibabaAlihealthDrugcodeApplycertResponse>(
    {
      method: 'alibaba.alihealth.drugcode.applycert',
      responseRoot: 'alibaba_alihealth_drugcode_applycert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
