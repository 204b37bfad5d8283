// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.remnantbill.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.remnantbill.upload` (零头出入库单据上传). */
export interface AlibabaAlihealthDrugKytRemnantbillUploadRequest {
  /** 企业ref_ent_id */
  ref_ent_id: string;
  /** 零头入库：106；零头出库：210 */
  bill_type: string;
  /** 单据编号 */
  bill_code: string;
  /** 单据时间:yyyy-MM-dd HH:mm:ss */
  bill_time: string;
  /** 发货企业【注意：该入参是ref_ent_id,并不是ent_id】 */
  from_ref_user_id: string;
  /** 收货企业【注意：该入参是ref_ent_id,并不是ent_id】 */
  to_ref_user_id: string;
  /** 委托企业【注意：该入参是ref_ent_id,并不是ent_id】 */
  ass_ref_ent_id?: string;
  /** 配送企业【注意：该入参是ref_ent_id,并不是ent_id】 */
  dis_ref_ent_id?: string;
  /** 药品ID */
  drug_ent_base_info_id: string;
  /** 生产日期：yyyy-MM-dd */
  produce_date: string;
  /** 有效期:yyyyMMdd */
  expire_date: string;
  /** 生产批次 */
  produce_batch_no: string;
  /** 药品数量 */
  input_amount: string;
}

/** Response of `alibaba.alihealth.drug.kyt.remnantbill.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytRemnantbillUploadResponse {
  /** 是否成功 */
  response_status?: boolean;
  /** model */
  model?: string;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  bill_type: 'String',
  bill_code: 'String',
  bill_time: 'String',
  from_ref_user_id: 'String',
  to_ref_user_id: 'String',
  ass_ref_ent_id: 'String',
  dis_ref_ent_id: 'String',
  drug_ent_base_info_id: 'String',
  produce_date: 'String',
  expire_date: 'String',
  produce_batch_no: 'String',
  input_amount: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_status: 'Boolean',
  model: 'String',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.remnantbill.upload`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytRemnantbillUploadOperation = {
  method: 'alibaba.alihealth.drug.kyt.remnantbill.upload',
  responseRoot: 'alibaba_alihealth_drug_kyt_remnantbill_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零头出入库单据上传 — calls TOP method `alibaba.alihealth.drug.kyt.remnantbill.upload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytRemnantbillUpload(
  client: TopClient,
  request: AlibabaAlihealthDrugKytRemnantbillUploadRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytRemnantbillUploadResponse> {
  return client.call<AlibabaAlihealthDrugKytRemnantbillUploadResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.remnantbill.upload',
      responseRoot: 'alibaba_alihealth_drug_kyt_remnantbill_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
