// Generated from specs/drugtrace/alibaba.alihealth.drug.kyt.dr.storageupload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.kyt.dr.storageupload` (疫苗存储温度上传). */
export interface AlibabaAlihealthDrugKytDrStorageuploadRequest {
  /** 企业RefEntid，是指该单据的所有者。 如企业A上传了一个出库单，您为A的单据上传运输温度，那么此时RefEntid即为A的ID。 若您本企业上传了一个单据，您为这个单据上传温度，此时RefEntid即为您本企业的ID。 */
  ref_ent_id: string;
  /** 设备编号 */
  equipment_code: string;
  /** 设备名称 */
  equipment_name?: string;
  /** 温度信息 */
  content: string;
  /** 代上传的企业agent_ref_ent_id，特指“代上传温度”的企业。 如企业A上传了一个出库单，您代为A的单据上传运输温度，那么此时Agent_RefEntid即为您的ID。 若您本企业上传了一个单据，您本企业为这个单据上传温度，不存在“代上传”概念，此时agent_ref_ent_id即为空。 */
  agent_ref_ent_id?: string;
}

/** Response of `alibaba.alihealth.drug.kyt.dr.storageupload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugKytDrStorageuploadResponse {
  /** 接口返回model */
  result?: AlibabaAlihealthDrugKytDrStorageuploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.drug.kyt.dr.storageupload`. */
export interface AlibabaAlihealthDrugKytDrStorageuploadResult {
  /** model */
  model?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  equipment_code: 'String',
  equipment_name: 'String',
  content: 'String',
  agent_ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.kyt.dr.storageupload`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugKytDrStorageuploadOperation = {
  method: 'alibaba.alihealth.drug.kyt.dr.storageupload',
  responseRoot: 'alibaba_alihealth_drug_kyt_dr_storageupload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 疫苗存储温度上传 — calls TOP method `alibaba.alihealth.drug.kyt.dr.storageupload`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugKytDrStorageupload(
  client: TopClient,
  request: AlibabaAlihealthDrugKytDrStorageuploadRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugKytDrStorageuploadResponse> {
  return client.call<AlibabaAlihealthDrugKytDrStorageuploadResponse>(
    {
      method: 'alibaba.alihealth.drug.kyt.dr.storageupload',
      responseRoot: 'alibaba_alihealth_drug_kyt_dr_storageupload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
