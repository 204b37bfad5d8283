// Generated from specs/miniapp/taobao.miniapp.ext.delivery.app.channel.configs.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.ext.delivery.app.channel.configs.query` (ISV查询应用的渠道信息). */
export interface TaobaoMiniappExtDeliveryAppChannelConfigsQueryRequest {
  /** 入参 */
  req?: TaobaoMiniappExtDeliveryAppChannelConfigsQueryAppChannelQueryRequestInput;
}

/** Response of `taobao.miniapp.ext.delivery.app.channel.configs.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappExtDeliveryAppChannelConfigsQueryResponse {
  /** body */
  result?: TaobaoMiniappExtDeliveryAppChannelConfigsQueryMiniappResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppChannelQueryRequest` of `taobao.miniapp.ext.delivery.app.channel.configs.query`. */
export interface TaobaoMiniappExtDeliveryAppChannelConfigsQueryAppChannelQueryRequestInput {
  /** 小程序id */
  miniapp_id?: Int64Input;
  /** 渠道id */
  channel?: string;
}

/** `MiniappResult` of `taobao.miniapp.ext.delivery.app.channel.configs.query`. */
export interface TaobaoMiniappExtDeliveryAppChannelConfigsQueryMiniappResult {
  /** true or false */
  successful?: boolean;
  /** 错误码 */
  error_type?: string;
  /** model */
  model?: TaobaoMiniappExtDeliveryAppChannelConfigsQueryAppChannelConfigDTO[];
  /** 错误信息 */
  error_msg?: string;
}

/** `AppChannelConfigDTO` of `taobao.miniapp.ext.delivery.app.channel.configs.query`. */
export interface TaobaoMiniappExtDeliveryAppChannelConfigsQueryAppChannelConfigDTO {
  /** 配置url */
  config_url?: string;
  /** 小程序id */
  miniapp_id?: Int64;
  /** 扩展参数 */
  ext_properties?: string;
  /** 渠道id */
  channel?: string;
  /** 卡片描述 */
  description?: string;
  /** 卡片标题 */
  title?: string;
  /** 服务商简称 */
  isv_simple_name?: string;
  /** 对应服务市场code */
  article_code?: string;
  /** 状态是否有效 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  req: {
    miniapp_id: 'Number',
    channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    successful: 'Boolean',
    error_type: 'String',
    model: [
      {
        config_url: 'String',
        miniapp_id: 'Number',
        ext_properties: 'String',
        channel: 'String',
        description: 'String',
        title: 'String',
        isv_simple_name: 'String',
        article_code: 'String',
        status: 'Number',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.ext.delivery.app.channel.configs.query`: method, response root, request and response schemas. */
export const taobaoMiniappExtDeliveryAppChannelConfigsQueryOperation = {
  method: 'taobao.miniapp.ext.delivery.app.channel.configs.query',
  responseRoot: 'miniapp_ext_delivery_app_channel_configs_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV查询应用的渠道信息 — calls TOP method `taobao.miniapp.ext.delivery.app.channel.configs.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappExtDeliveryAppChannelConfigsQuery(
  client: TopClient,
  request: TaobaoMiniappExtDeliveryAppChannelConfigsQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappExtDeliveryAppChannelConfigsQueryResponse> {
  return client.call<TaobaoMiniappExtDeliveryAppChannelConfigsQueryResponse>(
    {
      method: 'taobao.miniapp.ext.delivery.app.channel.configs.query',
      responseRoot: 'miniapp_ext_delivery_app_channel_configs_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
