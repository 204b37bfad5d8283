// Generated from specs/crm/taobao.crm.service.channel.shortlink.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.service.channel.shortlink.create` (ECRM创建淘短链服务). */
export interface TaobaoCrmServiceChannelShortlinkCreateRequest {
  /** 淘短链类型：LT_ITEM（商品淘短链）,LT_SHOP（店铺首页淘短链）,LT_ACTIVITY（活动页淘短链）,LT_TRADE（订单详情页淘短链）。 */
  link_type: string;
  /** 类型为LT_ITEM时必须传入商品ID，类型为LT_SHOP时必须传入空值，类型为LT_ACTIVITY时传入活动页URL（URL必须是taobao.com,tmall.com,jaeapp.com这三个域名下的URL），类型为LT_TRADE时传入订单ID。 */
  short_link_data?: string;
  /** 淘短链名称（最多只能16个中文字符，类型为订单链接时传入订单ID）。 */
  short_link_name: string;
}

/** Response of `taobao.crm.service.channel.shortlink.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmServiceChannelShortlinkCreateResponse {
  /** 返回的淘短链。 */
  short_link?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  link_type: 'String',
  short_link_data: 'String',
  short_link_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  short_link: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.service.channel.shortlink.create`: method, response root, request and response schemas. */
export const taobaoCrmServiceChannelShortlinkCreateOperation = {
  method: 'taobao.crm.service.channel.shortlink.create',
  responseRoot: 'crm_service_channel_shortlink_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ECRM创建淘短链服务 — calls TOP method `taobao.crm.service.channel.shortlink.create`.
 *
 * 可生成店铺宝贝、店铺首页、活动链接、订单链接等4种可呼起手机淘宝APP至对应页面的淘短链。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmServiceChannelShortlinkCreate(
  client: TopClient,
  request: TaobaoCrmServiceChannelShortlinkCreateRequest,
  options?: CallOptions,
): Promise<TaobaoCrmServiceChannelShortlinkCreateResponse> {
  return client.call<TaobaoCrmServiceChannelShortlinkCreateResponse>(
    {
      method: 'taobao.crm.service.channel.shortlink.create',
      responseRoot: 'crm_service_channel_shortlink_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
