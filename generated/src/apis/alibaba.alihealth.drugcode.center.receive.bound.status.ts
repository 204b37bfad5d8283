// Generated from specs/drugtrace/alibaba.alihealth.drugcode.center.receive.bound.status.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.center.receive.bound.status` (接收中央随机化系统和临床研究机构的绑定确认状态). */
export interface AlibabaAlihealthDrugcodeCenterReceiveBoundStatusRequest {
  /** 项目id */
  project_id: Int64Input;
  /** 临床研究机构id */
  hospital_ref_ent_id: string;
  /** 状态 4:绑定成功 5:绑定失败 */
  status: Int64Input;
  /** 中央随机化系统id */
  center_random_sys_id: string;
}

/** Response of `alibaba.alihealth.drugcode.center.receive.bound.status`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeCenterReceiveBoundStatusResponse {
  /** 返回结果 */
  model?: boolean;
  /** 调用结果码 */
  msg_code?: string;
  /** 提示信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  project_id: 'Number',
  hospital_ref_ent_id: 'String',
  status: 'Number',
  center_random_sys_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.center.receive.bound.status`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeCenterReceiveBoundStatusOperation = {
  method: 'alibaba.alihealth.drugcode.center.receive.bound.status',
  responseRoot: 'alibaba_alihealth_drugcode_center_receive_bound_status_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 接收中央随机化系统和临床研究机构的绑定确认状态 — calls TOP method `alibaba.alihealth.drugcode.center.receive.bound.status`.
 *
 * 临床用药试验-接收中央随机化系统和临床研究机构的绑定确认状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeCenterReceiveBoundStatus(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeCenterReceiveBoundStatusRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeCenterReceiveBoundStatusResponse> {
  return client.call<AlibabaAlihealthDrugcodeCenterReceiveBoundStatusResponse>(
    {
      method: 'alibaba.alihealth.drugcode.center.receive.bound.status',
      responseRoot: 'alibaba_alihealth_drugcode_center_receive_bound_status_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
