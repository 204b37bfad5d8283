// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.earthquake.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.earthquake.send` (地震局发送地震消息). */
export interface TaobaoAilabAicloudTopEarthquakeSendRequest {
  /** 扩展占位字段 */
  ext?: string;
  /** 签名 */
  signature: string;
  /** 随机值 */
  nonce_str: string;
  /** 时间戳 */
  timestamp_str: string;
  /** 地震信息 */
  earthquake_info: string;
}

/** Response of `taobao.ailab.aicloud.top.earthquake.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopEarthquakeSendResponse {
  /** 响应结果 */
  is_success?: boolean;
  /** 扩展字段 */
  extend_info?: string;
  /** 响应错误信息 */
  msg_info?: string;
  /** 响应错误码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ext: 'String',
  signature: 'String',
  nonce_str: 'String',
  timestamp_str: 'String',
  earthquake_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  extend_info: 'String',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.earthquake.send`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopEarthquakeSendOperation = {
  method: 'taobao.ailab.aicloud.top.earthquake.send',
  responseRoot: 'ailab_aicloud_top_earthquake_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 地震局发送地震消息 — calls TOP method `taobao.ailab.aicloud.top.earthquake.send`.
 *
 * 地震局发送地震消息给天猫精灵，天猫精灵根据地震消息判断发送地震消息给危险区域用户
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopEarthquakeSend(
  client: TopClient,
  request: TaobaoAilabAicloudTopEarthquakeSendRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopEarthquakeSendResponse> {
  return client.call<TaobaoAilabAicloudTopEarthquakeSendResponse>(
    {
      method: 'taobao.ailab.aicloud.top.earthquake.send',
      responseRoot: 'ailab_aicloud_top_earthquake_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
