// Generated from specs/util/taobao.top.connector.event.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.connector.event.publish` (连接器事件发布). */
export interface TaobaoTopConnectorEventPublishRequest {
  /** 发布事件列表 */
  entry_list: TaobaoTopConnectorEventPublishEventPublishThirdPartyEntryInput;
}

/** Response of `taobao.top.connector.event.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopConnectorEventPublishResponse {
  /** 发布事件响应 */
  result?: TaobaoTopConnectorEventPublishEventPublishThirdPartyResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EventPublishThirdPartyEntry` of `taobao.top.connector.event.publish`. */
export interface TaobaoTopConnectorEventPublishEventPublishThirdPartyEntryInput {
  /** 事件编码 */
  trigger_code: string;
  /** 事件内容 */
  content: string;
}

/** `EventPublishThirdPartyResponse` of `taobao.top.connector.event.publish`. */
export interface TaobaoTopConnectorEventPublishEventPublishThirdPartyResponse {
  /** 发布事件结果列表 */
  entry_list?: TaobaoTopConnectorEventPublishEventPublishThirdPartyResultEntry[];
}

/** `EventPublishThirdPartyResultEntry` of `taobao.top.connector.event.publish`. */
export interface TaobaoTopConnectorEventPublishEventPublishThirdPartyResultEntry {
  /** 事件编码 */
  trigger_code?: string;
  /** 事件唯一ID */
  trace_id?: string;
  /** 发布是否成功 */
  success?: boolean;
  /** 错误码 */
  sub_err_code?: string;
  /** 错误内容 */
  sub_err_msg?: string;
}

const REQUEST_SCHEMA = {
  entry_list: {
    trigger_code: 'String',
    content: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    entry_list: [
      {
        trigger_code: 'String',
        trace_id: 'String',
        success: 'Boolean',
        sub_err_code: 'String',
        sub_err_msg: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.connector.event.publish`: method, response root, request and response schemas. */
export const taobaoTopConnectorEventPublishOperation = {
  method: 'taobao.top.connector.event.publish',
  responseRoot: 'top_connector_event_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 连接器事件发布 — calls TOP method `taobao.top.connector.event.publish`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopConnectorEventPublish(
  client: TopClient,
  request: TaobaoTopConnectorEventPublishRequest,
  options?: CallOptions,
): Promise<TaobaoTopConnectorEventPublishResponse> {
  return client.call<TaobaoTopConnectorEventPublishResponse>(
    {
      method: 'taobao.top.connector.event.publish',
      responseRoot: 'top_connector_event_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
