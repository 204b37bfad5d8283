// Generated from specs/jst/taobao.jst.sms.message.direct.batchsend.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.message.direct.batchsend` (OAID批量发送，支持明文手机号发送). */
export interface TaobaoJstSmsMessageDirectBatchsendRequest {
  /** 短信签名（如果是通过OAID发送短信则签名需要是数组格式，数组长度需要和OAID数量保持一致。） */
  sign_name: string;
  /** 废弃字段 */
  url?: string;
  /** 短信模版Code（明文发送短信和OAID发送均不要传数组格式） */
  sms_template_code: string;
  /** 短信接收号码，json格式，最多200个号码 */
  rec_num?: string;
  /** 模板参数替换方式："[{\"msg\":\"hello1\",\"date\":\"2021-12-03\"},{\"msg\":\"hello2\",\"date\":\"2021-12-04\"},{\"msg\":\"hello3\",\"date\":\"2021-12-05\"}]" */
  sms_content?: string;
  /** 短信扩展码（JSON字符串数组格式），拓展码个数需要和电话号码个数一致。 */
  extend_num?: string;
  /** 废弃字段 */
  task_code?: string;
  /** 对于taskSign相同的请求平台认为是商家的同一次短信发送，可用于对OAID的明文号码去重。 */
  task_sign?: string;
  /** OAID批量发短信的入参，传该参数的时候rec_num不需要传，最大50个。 */
  oaids?: string;
  /** OAID批量发短信时必传，为OAID一一对应的订单ID。 */
  order_ids?: string;
  /** 如果传，必须是一个JSON对象格式的字符串。 */
  extra_data?: string;
}

/** Response of `taobao.jst.sms.message.direct.batchsend`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsMessageDirectBatchsendResponse {
  /** 短信回执码 */
  module?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sign_name: 'String',
  url: 'String',
  sms_template_code: 'String',
  rec_num: 'String',
  sms_content: 'String',
  extend_num: 'String',
  task_code: 'String',
  task_sign: 'String',
  oaids: 'String',
  order_ids: 'String',
  extra_data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.message.direct.batchsend`: method, response root, request and response schemas. */
export const taobaoJstSmsMessageDirectBatchsendOperation = {
  method: 'taobao.jst.sms.message.direct.batchsend',
  responseRoot: 'jst_sms_message_direct_batchsend_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * OAID批量发送，支持明文手机号发送 — calls TOP method `taobao.jst.sms.message.direct.batchsend`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsMessageDirectBatchsend(
  client: TopClient,
  request: TaobaoJstSmsMessageDirectBatchsendRequest,
  options?: CallOptions,
): Promise<TaobaoJstSmsMessageDirectBatchsendResponse> {
  return client.call<TaobaoJstSmsMessageDirectBatchsendResponse>(
    {
      method: 'taobao.jst.sms.message.direct.batchsend',
      responseRoot: 'jst_sms_message_direct_batchsend_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
