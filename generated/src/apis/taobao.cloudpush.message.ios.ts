// Generated from specs/cloudpush/taobao.cloudpush.message.ios.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.cloudpush.message.ios` (百川云推送发送消息给ios). */
export interface TaobaoCloudpushMessageIosRequest {
  /** 发送的消息内容. */
  body: string;
  /** 推送目标: device:推送给设备; account:推送给指定帐号,all: 推送给全部 */
  target: string;
  /** 根据Target来设定，如Target=device, 则对应的值为 设备id1,设备id2. 多个值使用逗号分隔 */
  target_value: string;
}

/** Response of `taobao.cloudpush.message.ios`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCloudpushMessageIosResponse {
  /** 请求出现错误的错误代码. */
  request_error_code?: Int64;
  /** 请求失败时候的错误信息. */
  request_error_msg?: string;
  /** 请求是否成功. */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  body: 'String',
  target: 'String',
  target_value: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  request_error_code: 'Number',
  request_error_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.cloudpush.message.ios`: method, response root, request and response schemas. */
export const taobaoCloudpushMessageIosOperation = {
  method: 'taobao.cloudpush.message.ios',
  responseRoot: 'cloudpush_message_ios_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川云推送发送消息给ios — calls TOP method `taobao.cloudpush.message.ios`.
 *
 * 百川云推送发送消息给iOS设备.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCloudpushMessageIos(
  client: TopClient,
  request: TaobaoCloudpushMessageIosRequest,
  options?: CallOptions,
): Promise<TaobaoCloudpushMessageIosResponse> {
  return client.call<TaobaoCloudpushMessageIosResponse>(
    {
      method: 'taobao.cloudpush.message.ios',
      responseRoot: 'cloudpush_message_ios_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
