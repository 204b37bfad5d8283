// Generated from specs/btrip/alitrip.btrip.corpop.apply.approve.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.apply.approve` (【商旅】更新审批单状态). */
export interface AlitripBtripCorpopApplyApproveRequest {
  /** 请求对象 */
  rq?: AlitripBtripCorpopApplyApproveOpenApiUpdateApplyRqInput;
}

/** Response of `alitrip.btrip.corpop.apply.approve`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopApplyApproveResponse {
  /** 传参 */
  module?: string;
  /** 0 */
  result_code?: Int64;
  /** 成功 */
  result_msg?: string;
  /** 成功标识 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenApiUpdateApplyRq` of `alitrip.btrip.corpop.apply.approve`. */
export interface AlitripBtripCorpopApplyApproveOpenApiUpdateApplyRqInput {
  /** 外部申请单id */
  thirdpart_apply_id: string;
  /** 第三方企业ID */
  corp_id: string;
  /** 备注 */
  note?: string;
  /** 操作时间 */
  operate_time: DateInput;
  /** 1已同意 2已拒绝 3已转交 4已取消 */
  status: Int64Input;
  /** 审批人id（第三方用户Id） */
  user_id: string;
  /** 审批人名字 */
  user_name?: string;
  /** 1、老版本2、isv对外版本 */
  version: Int64Input;
}

const REQUEST_SCHEMA = {
  rq: {
    thirdpart_apply_id: 'String',
    corp_id: 'String',
    note: 'String',
    operate_time: 'Date',
    status: 'Number',
    user_id: 'String',
    user_name: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: 'String',
  result_code: 'Number',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.apply.approve`: method, response root, request and response schemas. */
export const alitripBtripCorpopApplyApproveOperation = {
  method: 'alitrip.btrip.corpop.apply.approve',
  responseRoot: 'alitrip_btrip_corpop_apply_approve_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【商旅】更新审批单状态 — calls TOP method `alitrip.btrip.corpop.apply.approve`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopApplyApprove(
  client: TopClient,
  request: AlitripBtripCorpopApplyApproveRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripCorpopApplyApproveResponse> {
  return client.call<AlitripBtripCorpopApplyApproveResponse>(
    {
      method: 'alitrip.btrip.corpop.apply.approve',
      responseRoot: 'alitrip_btrip_corpop_apply_approve_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
