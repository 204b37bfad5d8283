// Generated from specs/charity/alibaba.value.coin.issue.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.value.coin.issue` (爱豆发放). */
export interface AlibabaValueCoinIssueRequest {
  /** 爱豆发放参数 */
  ex_coin_issue_param: AlibabaValueCoinIssueExCoinIssueParamInput;
}

/** Response of `alibaba.value.coin.issue`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaValueCoinIssueResponse {
  /** 错误信息 */
  resp_msg?: string;
  /** 错误码 */
  resp_code?: Int64;
  /** null值 */
  data?: boolean;
  /** 是否成功 */
  success_status?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExCoinIssueParam` of `alibaba.value.coin.issue`. */
export interface AlibabaValueCoinIssueExCoinIssueParamInput {
  /** 爱豆发放时间 */
  issue_time: Int64Input;
  /** 开放标识 */
  open_id: string;
  /** 业务编码 */
  biz_code: string;
  /** 幂等ID */
  idempotent_id: string;
  /** 行为ID */
  action_id: Int64Input;
  /** 渠道编码 */
  channel_code: string;
}

const REQUEST_SCHEMA = {
  ex_coin_issue_param: {
    issue_time: 'Number',
    open_id: 'String',
    biz_code: 'String',
    idempotent_id: 'String',
    action_id: 'Number',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_msg: 'String',
  resp_code: 'Number',
  data: 'Boolean',
  success_status: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.value.coin.issue`: method, response root, request and response schemas. */
export const alibabaValueCoinIssueOperation = {
  method: 'alibaba.value.coin.issue',
  responseRoot: 'alibaba_value_coin_issue_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 爱豆发放 — calls TOP method `alibaba.value.coin.issue`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaValueCoinIssue(
  client: TopClient,
  request: AlibabaValueCoinIssueRequest,
  options?: CallOptions,
): Promise<AlibabaValueCoinIssueResponse> {
  return client.call<AlibabaValueCoinIssueResponse>(
    {
      method: 'alibaba.value.coin.issue',
      responseRoot: 'alibaba_value_coin_issue_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
