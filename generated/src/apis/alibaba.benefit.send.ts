// Generated from specs/user/alibaba.benefit.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.benefit.send` (发奖接口). */
export interface AlibabaBenefitSendRequest {
  /** 发放的权益(奖品)唯一标识 */
  right_ename: string;
  /** 接收奖品的用户openId */
  receiver_id: string;
  /** 规定填taobao即可 */
  user_type: string;
  /** 幂等校验id，业务重试需要，自定义唯一字段即可 */
  unique_id: string;
  /** mtop */
  app_name: string;
  /** 调用应用ip，非必填 */
  ip?: string;
}

/** Response of `alibaba.benefit.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBenefitSendResponse {
  /** 接口返回消息 */
  result_msg?: string;
  /** 接口返回代码 */
  result_code?: string;
  /** 是否处理成功 */
  result_success?: boolean;
  /** 权益id */
  right_id?: Int64;
  /** 奖品名称 */
  prize_name?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  right_ename: 'String',
  receiver_id: 'String',
  user_type: 'String',
  unique_id: 'String',
  app_name: 'String',
  ip: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  result_code: 'String',
  result_success: 'Boolean',
  right_id: 'Number',
  prize_name: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.benefit.send`: method, response root, request and response schemas. */
export const alibabaBenefitSendOperation = {
  method: 'alibaba.benefit.send',
  responseRoot: 'alibaba_benefit_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发奖接口 — calls TOP method `alibaba.benefit.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBenefitSend(
  client: TopClient,
  request: AlibabaBenefitSendRequest,
  options?: CallOptions,
): Promise<AlibabaBenefitSendResponse> {
  return client.call<AlibabaBenefitSendResponse>(
    {
      method: 'alibaba.benefit.send',
      responseRoot: 'alibaba_benefit_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
