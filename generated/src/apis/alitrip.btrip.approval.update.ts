// Generated from specs/btrip/alitrip.btrip.approval.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.approval.update` (更新审批单). */
export interface AlitripBtripApprovalUpdateRequest {
  /** 审批请求对象 */
  approve_apply_request?: AlitripBtripApprovalUpdateOpenApproveApplyRqInput;
}

/** Response of `alitrip.btrip.approval.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripApprovalUpdateResponse {
  /** result */
  result?: AlitripBtripApprovalUpdateBtriphomeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApproveApplyRq` of `alitrip.btrip.approval.update`. */
export interface AlitripBtripApprovalUpdateOpenApproveApplyRqInput {
  /** 审批单id */
  apply_id: string;
  /** 操作时间 */
  operate_time: DateInput;
  /** 1已同意 2已拒绝 3已转交 4已取消 */
  status: Int64Input;
  /** 审批人姓名 */
  approval_user_name?: string;
  /** 审批人id */
  approval_user_id: string;
  /** 审批批注 */
  note?: string;
  /** 企业id */
  corp_id: string;
}

/** `BtriphomeResult` of `alitrip.btrip.approval.update`. */
export interface AlitripBtripApprovalUpdateBtriphomeResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  result_msg?: string;
  /** 错误码 */
  result_code?: Int64;
}

const REQUEST_SCHEMA = {
  approve_apply_request: {
    apply_id: 'String',
    operate_time: 'Date',
    status: 'Number',
    approval_user_name: 'String',
    approval_user_id: 'String',
    note: 'String',
    corp_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result_msg: 'String',
    result_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.approval.update`: method, response root, request and response schemas. */
export const alitripBtripApprovalUpdateOperation = {
  method: 'alitrip.btrip.approval.update',
  responseRoot: 'alitrip_btrip_approval_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新审批单 — calls TOP method `alitrip.btrip.approval.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripApprovalUpdate(
  client: TopClient,
  request: AlitripBtripApprovalUpdateRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripApprovalUpdateResponse> {
  return client.call<AlitripBtripApprovalUpdateResponse>(
    {
      method: 'alitrip.btrip.approval.update',
      responseRoot: 'alitrip_btrip_approval_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
