// Generated from specs/miniapp/taobao.miniapp.ext.delivery.sell.channel.config.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.ext.delivery.sell.channel.config.sync` (写入商家配置信息). */
export interface TaobaoMiniappExtDeliverySellChannelConfigSyncRequest {
  /** 入参 */
  seller_channel_config: TaobaoMiniappExtDeliverySellChannelConfigSyncSellerChannelConfigDTOInput;
}

/** Response of `taobao.miniapp.ext.delivery.sell.channel.config.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappExtDeliverySellChannelConfigSyncResponse {
  /** true or false */
  successful?: boolean;
  /** 错误码 */
  error_type?: Int64;
  /** 操作结果 */
  model?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerChannelConfigDTO` of `taobao.miniapp.ext.delivery.sell.channel.config.sync`. */
export interface TaobaoMiniappExtDeliverySellChannelConfigSyncSellerChannelConfigDTOInput {
  /** 节点小程序id */
  miniapp_id: Int64Input;
  /** 扩展属性 */
  ext_properties?: string;
  /** 渠道id：1-微信；2-抖音；3-今日头条；4-快手；5-百度；6-其他 */
  channel: string;
  /** 0表示未配置，1表示已配置 */
  config_status?: Int64Input;
}

const REQUEST_SCHEMA = {
  seller_channel_config: {
    miniapp_id: 'Number',
    ext_properties: 'String',
    channel: 'String',
    config_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  successful: 'Boolean',
  error_type: 'Number',
  model: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.ext.delivery.sell.channel.config.sync`: method, response root, request and response schemas. */
export const taobaoMiniappExtDeliverySellChannelConfigSyncOperation = {
  method: 'taobao.miniapp.ext.delivery.sell.channel.config.sync',
  responseRoot: 'miniapp_ext_delivery_sell_channel_config_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 写入商家配置信息 — calls TOP method `taobao.miniapp.ext.delivery.sell.channel.config.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappExtDeliverySellChannelConfigSync(
  client: TopClient,
  request: TaobaoMiniappExtDeliverySellChannelConfigSyncRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappExtDeliverySellChannelConfigSyncResponse> {
  return client.call<TaobaoMiniappExtDeliverySellChannelConfigSyncResponse>(
    {
      method: 'taobao.miniapp.ext.delivery.sell.channel.config.sync',
      responseRoot: 'miniapp_ext_delivery_sell_channel_config_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
