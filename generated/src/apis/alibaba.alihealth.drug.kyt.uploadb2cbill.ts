// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.uploadb2cbill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.uploadb2cbill` (快易通零售B2C). */
export interface AlibabaAlihealthDrugKytUploadb2cbillRequest {
  /** 单据号【20位以内的唯一编码，可以使用16位UUID】 */
  bill_code: string;
  /** 单据时间【一般情况下写当前时间】 */
  bill_time: DateInput;
  /** 企业ID */
  ref_user_id: string;
  /** 操作人 */
  oper_ic_code?: string;
  /** 主订单 */
  master_order?: string;
  /** lbx号 */
  lbx_order?: string;
  /** 仓号 */
  warehouse_id?: string;
  /** 药品ID */
  drug_id?: string;
  /**
   * 追溯码[多个时用逗号分开]
   *
   * Max list size: 2000
   */
  trace_codes: string[];
  /** 订单来源 */
  order_source?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.uploadb2cbill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytUploadb2cbillResponse {
  /** 调用结果值 */
  model?: string;
  /** 调用结果 */
  msg_code?: string;
  /** 调用结果描述 */
  msg_info?: string;
  /** success */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  bill_code: 'String',
  bill_time: 'Date',
  ref_user_id: 'String',
  oper_ic_code: 'String',
  master_order: 'String',
  lbx_order: 'String',
  warehouse_id: 'String',
  drug_id: 'String',
  trace_codes: ['String'],
  order_source: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
  msg_code: 'String',
  msg_info: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.uploadb2cbill`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytUploadb2cbillOperation = {
  method: 'alibaba.alihealth.drug.kyt.uploadb2cbill',
  responseRoot: 'alibaba_alihealth_drug_kyt_uploadb2cbill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 快易通零售B2C — calls TOP method `alibaba.alihealth.drug.kyt.uploadb2cbill`.
 *
 * 快易通零售B2C单据上传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytUploadb2cbill(
  client: TopClient,
  request: AlibabaAlihealthDrugKytUploadb2cbillRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytUploadb2cbillResponse> {
  return client.call<AlibabaAlihealthDrugKytUploadb2cbillResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.uploadb2cbill',
      responseRoot: 'alibaba_alihealth_drug_kyt_uploadb2cbill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
