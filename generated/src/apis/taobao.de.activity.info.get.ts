// Generated from specs/gameact/taobao.de.activity.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.de.activity.info.get` (获取活动信息). */
export interface TaobaoDeActivityInfoGetRequest {
  /** 事件唯一标识 */
  event_key?: string;
}

/** Response of `taobao.de.activity.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDeActivityInfoGetResponse {
  /** 返回结构 */
  activities?: TaobaoDeActivityInfoGetActivityVO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivityVO` of `taobao.de.activity.info.get`. */
export interface TaobaoDeActivityInfoGetActivityVO {
  /** 活动连接 */
  activity_url?: string;
  /** 活动id */
  activity_id?: Int64;
  /** 活动名称 */
  name?: string;
  /** 1970年到现在的毫秒数 */
  start_time?: Int64;
  /** 1970年距离现在的毫秒数 */
  end_time?: Int64;
  /** 活动描述 */
  description?: string;
  /** 奖项列表 */
  awards?: TaobaoDeActivityInfoGetAwardVO[];
  /** 运营和cp约定的唯一事件标示 */
  event_key?: string;
  /** 积分/金牌消耗 */
  consume_amount?: Int64;
  /** 抽奖类型 */
  lucky_type?: Int64;
  /** 抽奖渠道 */
  lucky_channel?: Int64;
  /** 抽奖次数（免费） */
  access_amount?: Int64;
}

/** `AwardVO` of `taobao.de.activity.info.get`. */
export interface TaobaoDeActivityInfoGetAwardVO {
  /** 奖品id */
  award_id?: Int64;
  /** 活动名称 */
  name?: string;
  /** 活动id */
  activity_id?: Int64;
  /** 1:集分宝 2：红包 3：彩票 4：宝点 5：淘金币 */
  type?: Int64;
  /** 根据类型展示不同的名称 */
  type_name?: string;
  /** 数量 */
  amount?: Int64;
  /** 发奖单位 */
  unit?: string;
  /** 单位为分 */
  price?: Int64;
  /** 分组编码 */
  group_code?: Int64;
  /** 分组描述 */
  group_desc?: string;
}

const REQUEST_SCHEMA = {
  event_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  activities: [
    {
      activity_url: 'String',
      activity_id: 'Number',
      name: 'String',
      start_time: 'Number',
      end_time: 'Number',
      description: 'String',
      awards: [
        {
          award_id: 'Number',
          name: 'String',
          activity_id: 'Number',
          type: 'Number',
          type_name: 'String',
          amount: 'Number',
          unit: 'String',
          price: 'Number',
          group_code: 'Number',
          group_desc: 'String',
        },
      ],
      event_key: 'String',
      consume_amount: 'Number',
      lucky_type: 'Number',
      lucky_channel: 'Number',
      access_amount: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.de.activity.info.get`: method, response root, request and response schemas. */
export const taobaoDeActivityInfoGetOperation = {
  method: 'taobao.de.activity.info.get',
  responseRoot: 'de_activity_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取活动信息 — calls TOP method `taobao.de.activity.info.get`.
 *
 * 根据appKey和活动id获取活动
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDeActivityInfoGet(
  client: TopClient,
  request: TaobaoDeActivityInfoGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoDeActivityInfoGetResponse> {
  return client.call<TaobaoDeActivityInfoGetResponse>(
    {
      method: 'taobao.de.activity.info.get',
      responseRoot: 'de_activity_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
