// Generated from specs/degoperation/taobao.degoperation.show.top.records.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.degoperation.show.top.records` (活动中奖记录). */
export interface TaobaoDegoperationShowTopRecordsRequest {
  /** 活动后台配置 */
  deg_app_key: string;
  /** 活动后台配置 */
  deg_event_key: string;
  /** 返回数 */
  top_n: Int64Input;
}

/** Response of `taobao.degoperation.show.top.records`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDegoperationShowTopRecordsResponse {
  /** result */
  result?: TaobaoDegoperationShowTopRecordsBonusResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BonusResultDto` of `taobao.degoperation.show.top.records`. */
export interface TaobaoDegoperationShowTopRecordsBonusResultDto {
  /** taobaonick:脱敏，price奖品价值，awardTypeName=奖品类型名称，awardName=奖品名称，awardType=奖品类型 */
  data?: string;
  /** error */
  error?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  deg_app_key: 'String',
  deg_event_key: 'String',
  top_n: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    error: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.degoperation.show.top.records`: method, response root, request and response schemas. */
export const taobaoDegoperationShowTopRecordsOperation = {
  method: 'taobao.degoperation.show.top.records',
  responseRoot: 'degoperation_show_top_records_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 活动中奖记录 — calls TOP method `taobao.degoperation.show.top.records`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDegoperationShowTopRecords(
  client: TopClient,
  request: TaobaoDegoperationShowTopRecordsRequest,
  options?: CallOptions,
): Promise<TaobaoDegoperationShowTopRecordsResponse> {
  return client.call<TaobaoDegoperationShowTopRecordsResponse>(
    {
      method: 'taobao.degoperation.show.top.records',
      responseRoot: 'degoperation_show_top_records_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
