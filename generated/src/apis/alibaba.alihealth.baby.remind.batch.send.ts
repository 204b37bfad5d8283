// Generated from specs/alihealthcrm/alibaba.alihealth.baby.remind.batch.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.baby.remind.batch.send` (批量发送母婴提醒). */
export interface AlibabaAlihealthBabyRemindBatchSendRequest {
  /**
   * 批量发送提醒
   *
   * Max list size: 20
   */
  batch_remind_requests?: AlibabaAlihealthBabyRemindBatchSendBatchRemindRequestDtoInput[];
  /** 提醒类型：1-每日任务，2-疫苗提醒，3-产检提醒 */
  remind_type: Int64Input;
}

/** Response of `alibaba.alihealth.baby.remind.batch.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthBabyRemindBatchSendResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthBabyRemindBatchSendTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchRemindRequestDto` of `alibaba.alihealth.baby.remind.batch.send`. */
export interface AlibabaAlihealthBabyRemindBatchSendBatchRemindRequestDtoInput {
  /** 提醒宝宝ID */
  baby_id: Int64Input;
  /** 模板参数，可选,|分割 */
  params?: string;
  /** 用户健康ID */
  tp_user_id: Int64Input;
  /** 访问跳转链接 */
  visit_url?: string;
}

/** `TopResultModel` of `alibaba.alihealth.baby.remind.batch.send`. */
export interface AlibabaAlihealthBabyRemindBatchSendTopResultModel {
  /** 发送结果 */
  model?: boolean;
  /** 操作码 */
  msg_code?: string;
  /** 操作说明 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  batch_remind_requests: [
    {
      baby_id: 'Number',
      params: 'String',
      tp_user_id: 'Number',
      visit_url: 'String',
    },
  ],
  remind_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.baby.remind.batch.send`: method, response root, request and response schemas. */
export const alibabaAlihealthBabyRemindBatchSendOperation = {
  method: 'alibaba.alihealth.baby.remind.batch.send',
  responseRoot: 'alibaba_alihealth_baby_remind_batch_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量发送母婴提醒 — calls TOP method `alibaba.alihealth.baby.remind.batch.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthBabyRemindBatchSend(
  client: TopClient,
  request: AlibabaAlihealthBabyRemindBatchSendRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthBabyRemindBatchSendResponse> {
  return client.call<AlibabaAlihealthBabyRemindBatchSendResponse>(
    {
      method: 'alibaba.alihealth.baby.remind.batch.send',
      responseRoot: 'alibaba_alihealth_baby_remind_batch_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
