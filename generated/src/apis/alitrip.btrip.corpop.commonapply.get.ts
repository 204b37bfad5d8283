// Generated from specs/btrip/alitrip.btrip.corpop.commonapply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.btrip.corpop.commonapply.get` (商旅审批单通用查询接口). */
export interface AlitripBtripCorpopCommonapplyGetRequest {
  /** 请求入参 */
  rq: AlitripBtripCorpopCommonapplyGetOpenIsvSearchRQInput;
}

/** Response of `alitrip.btrip.corpop.commonapply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBtripCorpopCommonapplyGetResponse {
  /** 出参对象 */
  result?: AlitripBtripCorpopCommonapplyGetHisvResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenIsvSearchRQ` of `alitrip.btrip.corpop.commonapply.get`. */
export interface AlitripBtripCorpopCommonapplyGetOpenIsvSearchRQInput {
  /** 商旅审批单id */
  apply_id: Int64Input;
  /** 第三方企业id */
  corp_id: string;
  /** 业务类型，5：机票改签审批 6：机票退票审批 */
  biz_category: Int64Input;
}

/** `HisvResult` of `alitrip.btrip.corpop.commonapply.get`. */
export interface AlitripBtripCorpopCommonapplyGetHisvResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  result_code?: Int64;
  /** 错误信息 */
  result_msg?: string;
  /** 审批单对象 */
  module?: AlitripBtripCorpopCommonapplyGetOpenIsvApplyRS;
}

/** `OpenIsvApplyRS` of `alitrip.btrip.corpop.commonapply.get`. */
export interface AlitripBtripCorpopCommonapplyGetOpenIsvApplyRS {
  /** 商旅企业id */
  corp_id?: string;
  /** 商旅审批单id */
  apply_id?: Int64;
  /** 审批单状态 0:审批中 1:已同意 2:已拒绝 */
  status?: Int64;
  /** 出差原因 */
  trip_cause?: string;
  /** 审批类型（5:机票改签审批、6:机票退票审批、3:超标审批） */
  biz_category?: Int64;
  /** 第三方用户id */
  user_id?: string;
  /** 审批单提交时间 */
  gmt_create?: string;
  /** 第三方企业id */
  thirdpart_corp_id?: string;
  /** 第三方出差审批单号 */
  thirdpart_id?: string;
  /** 审批单扩展信息 */
  extend_value?: string;
  /** 申请理由 */
  cause?: string;
}

const REQUEST_SCHEMA = {
  rq: {
    apply_id: 'Number',
    corp_id: 'String',
    biz_category: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result_code: 'Number',
    result_msg: 'String',
    module: {
      corp_id: 'String',
      apply_id: 'Number',
      status: 'Number',
      trip_cause: 'String',
      biz_category: 'Number',
      user_id: 'String',
      gmt_create: 'Date',
      thirdpart_corp_id: 'String',
      thirdpart_id: 'String',
      extend_value: 'String',
      cause: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.btrip.corpop.commonapply.get`: method, response root, request and response schemas. */
export const alitripBtripCorpopCommonapplyGetOperation = {
  method: 'alitrip.btrip.corpop.commonapply.get',
  responseRoot: 'alitrip_btrip_corpop_commonapply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商旅审批单通用查询接口 — calls TOP method `alitrip.btrip.corpop.commonapply.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBtripCorpopCommonapplyGet(
  client: TopClient,
  request: AlitripBtripCorpopCommonapplyGetRequest,
  options?: CallOptions,
): Promise<AlitripBtripCorpopCommonapplyGetResponse> {
  return client.call<AlitripBtripCorpopCommonapplyGetResponse>(
    {
      method: 'alitrip.btrip.corpop.commonapply.get',
      responseRoot: 'alitrip_btrip_corpop_commonapply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
