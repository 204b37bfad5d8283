// Generated from specs/legalsuit/alibaba.legal.standpoint.draftstandpoint.insert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.draftstandpoint.insert` (编辑后新增草稿口径). */
export interface AlibabaLegalStandpointDraftstandpointInsertRequest {
  /** 系统标识 */
  input_system_code?: string;
  /** 口径 */
  standpoint_derive_draft_epaas_dto?: AlibabaLegalStandpointDraftstandpointInsertStandpointDeriveDraftEpaasDtoInput;
}

/** Response of `alibaba.legal.standpoint.draftstandpoint.insert`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointDraftstandpointInsertResponse {
  /** 成功 */
  success_res?: boolean;
  /** 错误码 */
  error_code_res?: Int64;
  /** 草稿口径id */
  content?: Int64;
  /** 错误描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StandpointDeriveDraftEpaasDto` of `alibaba.legal.standpoint.draftstandpoint.insert`. */
export interface AlibabaLegalStandpointDraftstandpointInsertStandpointDeriveDraftEpaasDtoInput {
  /** 业务id */
  bus_id?: string;
  /** 来源 */
  draft_source?: string;
  /** 拓展字段json */
  extend_json?: string;
  /** 场景名称 */
  scene_name?: string;
  /** 业务名称 */
  bus_name?: string;
  /** 备注 */
  remark?: string;
  /** 系统标识 */
  input_system_code?: string;
  /** 编号 */
  case_no?: string;
  /** 类型 */
  case_type?: string;
  /** 提交人 */
  submit_people?: string;
  /** 口径 */
  defense_caliber?: string;
  /** 来源口径id */
  source_standpoint_ids?: string;
  /** 口径描述 */
  standpoint_desc?: string;
}

const REQUEST_SCHEMA = {
  input_system_code: 'String',
  standpoint_derive_draft_epaas_dto: {
    bus_id: 'String',
    draft_source: 'String',
    extend_json: 'String',
    scene_name: 'String',
    bus_name: 'String',
    remark: 'String',
    input_system_code: 'String',
    case_no: 'String',
    case_type: 'String',
    submit_people: 'String',
    defense_caliber: 'String',
    source_standpoint_ids: 'String',
    standpoint_desc: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.draftstandpoint.insert`: method, response root, request and response schemas. */
export const alibabaLegalStandpointDraftstandpointInsertOperation = {
  method: 'alibaba.legal.standpoint.draftstandpoint.insert',
  responseRoot: 'alibaba_legal_standpoint_draftstandpoint_insert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 编辑后新增草稿口径 — calls TOP method `alibaba.legal.standpoint.draftstandpoint.insert`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointDraftstandpointInsert(
  client: TopClient,
  request: AlibabaLegalStandpointDraftstandpointInsertRequest = {},
  options?: CallOptions,
): Promise<AlibabaLegalStandpointDraftstandpointInsertResponse> {
  return client.call<AlibabaLegalStandpointDraftstandpointInsertResponse>(
    {
      method: 'alibaba.legal.standpoint.draftstandpoint.insert',
      responseRoot: 'alibaba_legal_standpoint_draftstandpoint_insert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
