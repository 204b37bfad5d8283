// Generated from specs/miniapp/taobao.miniapp.ext.delivery.sell.channel.configs.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.ext.delivery.sell.channel.configs.query` (查询商家配置的信息). */
export interface TaobaoMiniappExtDeliverySellChannelConfigsQueryRequest {
  /** 入参 */
  req: TaobaoMiniappExtDeliverySellChannelConfigsQuerySellerChannelQueryRequestInput;
}

/** Response of `taobao.miniapp.ext.delivery.sell.channel.configs.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappExtDeliverySellChannelConfigsQueryResponse {
  /** 返回结果 */
  result?: TaobaoMiniappExtDeliverySellChannelConfigsQueryMiniappResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerChannelQueryRequest` of `taobao.miniapp.ext.delivery.sell.channel.configs.query`. */
export interface TaobaoMiniappExtDeliverySellChannelConfigsQuerySellerChannelQueryRequestInput {
  /** 渠道id */
  channel?: string;
}

/** `MiniappResult` of `taobao.miniapp.ext.delivery.sell.channel.configs.query`. */
export interface TaobaoMiniappExtDeliverySellChannelConfigsQueryMiniappResult {
  /** true or false */
  successful?: boolean;
  /** 错误码 */
  err_type?: Int64;
  /** body */
  model?: TaobaoMiniappExtDeliverySellChannelConfigsQuerySellerChannelConfigDTO[];
  /** 错误信息 */
  error_msg?: string;
}

/** `SellerChannelConfigDTO` of `taobao.miniapp.ext.delivery.sell.channel.configs.query`. */
export interface TaobaoMiniappExtDeliverySellChannelConfigsQuerySellerChannelConfigDTO {
  /** 小程序id */
  miniapp_id?: Int64;
  /** 扩展参数 */
  ext_properties?: string;
  /** 是否添加到私域工作。0表示未添加，1表示添加 */
  add_status?: Int64;
  /** 是否已配置，1表示已配置，0表示未配置 */
  config_status?: Int64;
  /** 渠道id */
  channel?: string;
}

const REQUEST_SCHEMA = {
  req: {
    channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    successful: 'Boolean',
    err_type: 'Number',
    model: [
      {
        miniapp_id: 'Number',
        ext_properties: 'String',
        add_status: 'Number',
        config_status: 'Number',
        channel: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.ext.delivery.sell.channel.configs.query`: method, response root, request and response schemas. */
export const taobaoMiniappExtDeliverySellChannelConfigsQueryOperation = {
  method: 'taobao.miniapp.ext.delivery.sell.channel.configs.query',
  responseRoot: 'miniapp_ext_delivery_sell_channel_configs_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商家配置的信息 — calls TOP method `taobao.miniapp.ext.delivery.sell.channel.configs.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappExtDeliverySellChannelConfigsQuery(
  client: TopClient,
  request: TaobaoMiniappExtDeliverySellChannelConfigsQueryRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappExtDeliverySellChannelConfigsQueryResponse> {
  return client.call<TaobaoMiniappExtDeliverySellChannelConfigsQueryResponse>(
    {
      method: 'taobao.miniapp.ext.delivery.sell.channel.configs.query',
      responseRoot: 'miniapp_ext_delivery_sell_channel_configs_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
