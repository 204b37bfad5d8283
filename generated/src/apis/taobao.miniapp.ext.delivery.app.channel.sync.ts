// Generated from specs/miniapp/taobao.miniapp.ext.delivery.app.channel.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.ext.delivery.app.channel.sync` (ISV写入应用的渠道信息). */
export interface TaobaoMiniappExtDeliveryAppChannelSyncRequest {
  /** body */
  app_channel_config_dto: TaobaoMiniappExtDeliveryAppChannelSyncAppChannelConfigDTOInput;
}

/** Response of `taobao.miniapp.ext.delivery.app.channel.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappExtDeliveryAppChannelSyncResponse {
  /** true or false */
  successful?: boolean;
  /** 错误码 */
  error_type?: Int64;
  /** configId */
  model?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AppChannelConfigDTO` of `taobao.miniapp.ext.delivery.app.channel.sync`. */
export interface TaobaoMiniappExtDeliveryAppChannelSyncAppChannelConfigDTOInput {
  /** 节点小程序id */
  miniapp_id: Int64Input;
  /** 商家配置授权的地址 */
  config_url: string;
  /** 扩展参数 */
  ext_properties?: string;
  /** 渠道id：1-微信；2-抖音；3-今日头条；4-快手；5-百度；6-其他 */
  channel: string;
  /** 私域卡片描述。长度不能超过25 */
  description: string;
  /** 服务商简称，用于卡片角标 */
  isv_simple_name: string;
  /** 私域卡片标题。长度不能超过12 */
  title: string;
  /** 有效状态 */
  status?: Int64Input;
}

const REQUEST_SCHEMA = {
  app_channel_config_dto: {
    miniapp_id: 'Number',
    config_url: 'String',
    ext_properties: 'String',
    channel: 'String',
    description: 'String',
    isv_simple_name: 'String',
    title: 'String',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  successful: 'Boolean',
  error_type: 'Number',
  model: 'Number',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.ext.delivery.app.channel.sync`: method, response root, request and response schemas. */
export const taobaoMiniappExtDeliveryAppChannelSyncOperation = {
  method: 'taobao.miniapp.ext.delivery.app.channel.sync',
  responseRoot: 'miniapp_ext_delivery_app_channel_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV写入应用的渠道信息 — calls TOP method `taobao.miniapp.ext.delivery.app.channel.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappExtDeliveryAppChannelSync(
  client: TopClient,
  request: TaobaoMiniappExtDeliveryAppChannelSyncRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappExtDeliveryAppChannelSyncResponse> {
  return client.call<TaobaoMiniappExtDeliveryAppChannelSyncResponse>(
    {
      method: 'taobao.miniapp.ext.delivery.app.channel.sync',
      responseRoot: 'miniapp_ext_delivery_app_channel_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
