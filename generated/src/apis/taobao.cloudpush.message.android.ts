// Generated from specs/cloudpush/taobao.cloudpush.message.android.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.cloudpush.message.android` (百川云推送发送消息给android). */
export interface TaobaoCloudpushMessageAndroidRequest {
  /** 发送的消息内容. */
  body: string;
  /** 推送目标: device:推送给设备; account:推送给指定帐号,all: 推送给全部 */
  target: string;
  /** 根据Target来设定，如Target=device, 则对应的值为 设备id1,设备id2. 多个值使用逗号分隔 */
  target_value: string;
}

/** Response of `taobao.cloudpush.message.android`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCloudpushMessageAndroidResponse {
  /** 请求是否成功. */
  is_success?: boolean;
  /** 若请求失败，则返回对应的error code. */
  request_error_code?: Int64;
  /** 请求失败后返回的错误信息. */
  request_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  body: 'String',
  target: 'String',
  target_value: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  request_error_code: 'Number',
  request_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.cloudpush.message.android`: method, response root, request and response schemas. */
export const taobaoCloudpushMessageAndroidOperation = {
  method: 'taobao.cloudpush.message.android',
  responseRoot: 'cloudpush_message_android_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 百川云推送发送消息给android — calls TOP method `taobao.cloudpush.message.android`.
 *
 * 百川用户使用云推送发送消息给android
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCloudpushMessageAndroid(
  client: TopClient,
  request: TaobaoCloudpushMessageAndroidRequest,
  options?: CallOptions,
): Promise<TaobaoCloudpushMessageAndroidResponse> {
  return client.call<TaobaoCloudpushMessageAndroidResponse>(
    {
      method: 'taobao.cloudpush.message.android',
      responseRoot: 'cloudpush_message_android_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
