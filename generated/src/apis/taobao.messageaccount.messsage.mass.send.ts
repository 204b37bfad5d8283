// Generated from specs/user/taobao.messageaccount.messsage.mass.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.messageaccount.messsage.mass.send` (消息号开放-消息群发). */
export interface TaobaoMessageaccountMesssageMassSendRequest {
  /** 参数 */
  param?: TaobaoMessageaccountMesssageMassSendMassMessageDtoInput;
}

/** Response of `taobao.messageaccount.messsage.mass.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMessageaccountMesssageMassSendResponse {
  /** result */
  result?: TaobaoMessageaccountMesssageMassSendResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MassMessageDto` of `taobao.messageaccount.messsage.mass.send`. */
export interface TaobaoMessageaccountMesssageMassSendMassMessageDtoInput {
  /** 创建时间 */
  create_time?: Int64Input;
  /** 内容 */
  content?: string;
  /** 内容类型 */
  content_type?: string;
  /** 任务名称 */
  task_name?: string;
}

/** `Result` of `taobao.messageaccount.messsage.mass.send`. */
export interface TaobaoMessageaccountMesssageMassSendResult {
  /** model */
  model?: string;
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** success */
  result?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    create_time: 'Number',
    content: 'String',
    content_type: 'String',
    task_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    err_message: 'String',
    err_code: 'String',
    result: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.messageaccount.messsage.mass.send`: method, response root, request and response schemas. */
export const taobaoMessageaccountMesssageMassSendOperation = {
  method: 'taobao.messageaccount.messsage.mass.send',
  responseRoot: 'messageaccount_messsage_mass_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 消息号开放-消息群发 — calls TOP method `taobao.messageaccount.messsage.mass.send`.
 *
 * 外部 isv 调用该进口来进行消息号消息的群发
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMessageaccountMesssageMassSend(
  client: TopClient,
  request: TaobaoMessageaccountMesssageMassSendRequest = {},
  options?: CallOptions,
): Promise<TaobaoMessageaccountMesssageMassSendResponse> {
  return client.call<TaobaoMessageaccountMesssageMassSendResponse>(
    {
      method: 'taobao.messageaccount.messsage.mass.send',
      responseRoot: 'messageaccount_messsage_mass_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
