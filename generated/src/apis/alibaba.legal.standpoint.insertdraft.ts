// Generated from specs/legalsuit/alibaba.legal.standpoint.insertdraft.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.standpoint.insertdraft` (插入草稿). */
export interface AlibabaLegalStandpointInsertdraftRequest {
  /** 口径对象 */
  standpoint_draft_dto?: AlibabaLegalStandpointInsertdraftStandpointDraftDtoInput;
  /** busid */
  busid?: string;
  /** busName */
  bus_name: string;
  /** 系统标识 */
  input_system_code?: string;
}

/** Response of `alibaba.legal.standpoint.insertdraft`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalStandpointInsertdraftResponse {
  /** 是否调用成功 */
  success_res?: boolean;
  /** 状态code */
  error_code_res?: Int64;
  /** 返回内容 */
  content?: Int64;
  /** 状态描述 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StandpointDraftDto` of `alibaba.legal.standpoint.insertdraft`. */
export interface AlibabaLegalStandpointInsertdraftStandpointDraftDtoInput {
  /** 口径 */
  defense_caliber?: string;
  /** 来源 */
  draft_source?: string;
  /** 示例场景/口径描述 */
  standpoint_desc?: string;
  /** 场景名称 */
  scene_name?: string;
  /** 备注 */
  remark?: string;
  /** 编号 */
  case_no?: string;
  /** 类型 */
  case_type?: string;
  /** 提交人 */
  submit_people?: string;
}

const REQUEST_SCHEMA = {
  standpoint_draft_dto: {
    defense_caliber: 'String',
    draft_source: 'String',
    standpoint_desc: 'String',
    scene_name: 'String',
    remark: 'String',
    case_no: 'String',
    case_type: 'String',
    submit_people: 'String',
  },
  busid: 'String',
  bus_name: 'String',
  input_system_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.standpoint.insertdraft`: method, response root, request and response schemas. */
export const alibabaLegalStandpointInsertdraftOperation = {
  method: 'alibaba.legal.standpoint.insertdraft',
  responseRoot: 'alibaba_legal_standpoint_insertdraft_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 插入草稿 — calls TOP method `alibaba.legal.standpoint.insertdraft`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalStandpointInsertdraft(
  client: TopClient,
  request: AlibabaLegalStandpointInsertdraftRequest,
  options?: CallOptions,
): Promise<AlibabaLegalStandpointInsertdraftResponse> {
  return client.call<AlibabaLegalStandpointInsertdraftResponse>(
    {
      method: 'alibaba.legal.standpoint.insertdraft',
      responseRoot: 'alibaba_legal_standpoint_insertdraft_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
