// Generated from specs/btrip/alitrip.btrip.corpop.exceedapply.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.exceedapply.sync` (第三方超标审批结果回传). */
export interface AlitripBtripCorpopExceedapplySyncRequest {
  /** 入参 */
  rq?: AlitripBtripCorpopExceedapplySyncBtripExceedApplyRqInput;
}

/** Response of `alitrip.btrip.corpop.exceedapply.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopExceedapplySyncResponse {
  /** 出参 */
  result?: AlitripBtripCorpopExceedapplySyncBtripApplyResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BtripExceedApplyRq` of `alitrip.btrip.corpop.exceedapply.sync`. */
export interface AlitripBtripCorpopExceedapplySyncBtripExceedApplyRqInput {
  /** 商旅超标审批单号 */
  apply_id: Int64Input;
  /** 第三方流程实例id */
  thirdparty_flow_id?: string;
  /** 审批单状态，1：同意 2：拒绝 */
  status: Int64Input;
  /** 第三方企业id */
  corp_id: string;
  /** 审批人第三方用户id，多值逗号分隔 */
  user_id: string;
  /** 审批意见 */
  remark?: string;
  /** 审批单业务类型，3：超标审批，5：机票改签审批，6：机票退票审批，默认为超标审批 */
  biz_category?: Int64Input;
}

/** `BtripApplyResult` of `alitrip.btrip.corpop.exceedapply.sync`. */
export interface AlitripBtripCorpopExceedapplySyncBtripApplyResult {
  /** 是否成功 */
  success?: boolean;
  /** 是否成功 */
  module?: boolean;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    apply_id: 'Number',
    thirdparty_flow_id: 'String',
    status: 'Number',
    corp_id: 'String',
    user_id: 'String',
    remark: 'String',
    biz_category: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    module: 'Boolean',
    result_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.exceedapply.sync`: method, response root, request and response schemas. */
export const alitripBtripCorpopExceedapplySyncOperation = {
  method: 'alitrip.btrip.corpop.exceedapply.sync',
  responseRoot: 'alitrip_btrip_corpop_exceedapply_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 第三方超标审批结果回传 — calls TOP method `alitrip.btrip.corpop.exceedapply.sync`.
 *
 * 第三方审批单推送到企业后，企业审批结束，将审批结果回传给阿里商旅
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopExceedapplySync(
  client: TopClient,
  request: AlitripBtripCorpopExceedapplySyncRequest = {},
  options?: CallOptions,
): Promise<AlitripBtripCorpopExceedapplySyncResponse> {
  return client.call<AlitripBtripCorpopExceedapplySyncResponse>(
    {
      method: 'alitrip.btrip.corpop.exceedapply.sync',
      responseRoot: 'alitrip_btrip_corpop_exceedapply_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
