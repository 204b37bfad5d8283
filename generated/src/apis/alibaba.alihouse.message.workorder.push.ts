// Generated from specs/alihouse/alibaba.alihouse.message.workorder.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.message.workorder.push` (工单消息推送). */
export interface AlibabaAlihouseMessageWorkorderPushRequest {
  /** 入参 */
  message_info_dto: AlibabaAlihouseMessageWorkorderPushMessageInfoDTOInput;
}

/** Response of `alibaba.alihouse.message.workorder.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseMessageWorkorderPushResponse {
  /** 结果 */
  result?: AlibabaAlihouseMessageWorkorderPushResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MessageInfoDTO` of `alibaba.alihouse.message.workorder.push`. */
export interface AlibabaAlihouseMessageWorkorderPushMessageInfoDTOInput {
  /** 子业务类型 */
  biz_sub_type: Int64Input;
  /** 子账号 */
  broker_id: string;
  /** 业务类型 */
  biz_type: Int64Input;
  /** 标题 */
  title: string;
  /** 内容 */
  content: string;
  /** 顾问类型 1-置业顾问 2-经纪人 */
  type: Int64Input;
}

/** `Result` of `alibaba.alihouse.message.workorder.push`. */
export interface AlibabaAlihouseMessageWorkorderPushResult {
  /** 错误信息 */
  msg?: string;
  /** 错误码 */
  code?: string;
  /** 消息记录id */
  data?: Int64;
  /** 是否成功 */
  is_success?: boolean;
}

const REQUEST_SCHEMA = {
  message_info_dto: {
    biz_sub_type: 'Number',
    broker_id: 'String',
    biz_type: 'Number',
    title: 'String',
    content: 'String',
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    data: 'Number',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.message.workorder.push`: method, response root, request and response schemas. */
export const alibabaAlihouseMessageWorkorderPushOperation = {
  method: 'alibaba.alihouse.message.workorder.push',
  responseRoot: 'alibaba_alihouse_message_workorder_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工单消息推送 — calls TOP method `alibaba.alihouse.message.workorder.push`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseMessageWorkorderPush(
  client: TopClient,
  request: AlibabaAlihouseMessageWorkorderPushRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseMessageWorkorderPushResponse> {
  return client.call<AlibabaAlihouseMessageWorkorderPushResponse>(
    {
      method: 'alibaba.alihouse.message.workorder.push',
      responseRoot: 'alibaba_alihouse_message_workorder_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
