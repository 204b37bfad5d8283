// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.uploadinsign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.uploadinsign` (仓库批量扫码回传接口). */
export interface AlibabaAlihealthDrugKytUploadinsignRequest {
  /** 单据编号（小于20位字符串，唯一） */
  bill_code: string;
  /** 单据生成时间 */
  bill_time: DateInput;
  /** 码上放心平台企业编码（仓库所有者） */
  ref_user_id: string;
  /** 仓库名称（企业自定义） */
  warehouse_id?: string;
  /** 药品ID */
  drug_id?: string;
  /**
   * 追溯码[多个时用逗号分开]
   *
   * Max list size: 4000
   */
  trace_codes: string[];
}

/** Response of `alibaba.alihealth.drug.kyt.uploadinsign`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytUploadinsignResponse {
  /** 返回值 */
  model?: string;
  /** 返回编码(BILL_DECODE_ERROR 单据转码失败 BILL_FILE_NAME_DUPLICATE_UPLOAD 文件名重复) */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 是否成功(true 成功 false 失败) */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  bill_code: 'String',
  bill_time: 'Date',
  ref_user_id: 'String',
  warehouse_id: 'String',
  drug_id: 'String',
  trace_codes: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.uploadinsign`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytUploadinsignOperation = {
  method: 'alibaba.alihealth.drug.kyt.uploadinsign',
  responseRoot: 'alibaba_alihealth_drug_kyt_uploadinsign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓库批量扫码回传接口 — calls TOP method `alibaba.alihealth.drug.kyt.uploadinsign`.
 *
 * 连锁总部仓库在采购入库或者销售出库环节，批量采集追溯码之后回传到码上放心平台。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytUploadinsign(
  client: TopClient,
  request: AlibabaAlihealthDrugKytUploadinsignRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytUploadinsignResponse> {
  return client.call<AlibabaAlihealthDrugKytUploadinsignResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.uploadinsign',
      responseRoot: 'alibaba_alihealth_drug_kyt_uploadinsign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
