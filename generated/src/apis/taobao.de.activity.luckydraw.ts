// Generated from specs/gameact/taobao.de.activity.luckydraw.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.de.activity.luckydraw` (抽奖). */
export interface TaobaoDeActivityLuckydrawRequest {
  /** 运营和cp约定的事件唯一标示 */
  event_key: string;
  /** 时间戳 */
  sequence_id: Int64Input;
  /** 用户的串ID */
  account_id?: string;
  /** 机器设备号 */
  machine_id: string;
  /** 确认签名key */
  confirm_key?: string;
  /** 行为Key */
  behavior_key?: string;
  /** 渠道 */
  channel?: string;
  /** 使用市场 */
  market?: string;
  /** 盒型号 */
  device_model?: string;
  /** 魔盒分发渠道 */
  distrib_channel?: string;
  /** 魔盒UUID */
  uuid?: string;
}

/** Response of `taobao.de.activity.luckydraw`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDeActivityLuckydrawResponse {
  /** 中奖奖品 */
  award_v_o?: TaobaoDeActivityLuckydrawAwardVO;
  /** 123 */
  is_lucky?: boolean;
  /** 数娱积分/金牌余额 */
  total_amount?: Int64;
  /** 可用抽奖次数 */
  access_amount?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AwardVO` of `taobao.de.activity.luckydraw`. */
export interface TaobaoDeActivityLuckydrawAwardVO {
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
  /** 简短描述 */
  simple_desc?: string;
  /** 完整描述 */
  full_desc?: string;
  /** 超链文案 */
  hyperlink_desc?: string;
  /** 超链url */
  hyperlink_url?: string;
  /** 加密串，对外流水号 */
  serial_number?: string;
  /** 分组编码 */
  group_code?: Int64;
  /** 分组描述 */
  group_desc?: string;
}

const REQUEST_SCHEMA = {
  event_key: 'String',
  sequence_id: 'Number',
  account_id: 'String',
  machine_id: 'String',
  confirm_key: 'String',
  behavior_key: 'String',
  channel: 'String',
  market: 'String',
  device_model: 'String',
  distrib_channel: 'String',
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  award_v_o: {
    award_id: 'Number',
    name: 'String',
    activity_id: 'Number',
    type: 'Number',
    type_name: 'String',
    amount: 'Number',
    unit: 'String',
    price: 'Number',
    simple_desc: 'String',
    full_desc: 'String',
    hyperlink_desc: 'String',
    hyperlink_url: 'String',
    serial_number: 'String',
    group_code: 'Number',
    group_desc: 'String',
  },
  is_lucky: 'Boolean',
  total_amount: 'Number',
  access_amount: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.de.activity.luckydraw`: method, response root, request and response schemas. */
export const taobaoDeActivityLuckydrawOperation = {
  method: 'taobao.de.activity.luckydraw',
  responseRoot: 'de_activity_luckydraw_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 抽奖 — calls TOP method `taobao.de.activity.luckydraw`.
 *
 * 用于激励平台对外提供抽奖功能，包括但不限于集分宝、红包、宝点、淘金币、淘彩票等
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDeActivityLuckydraw(
  client: TopClient,
  request: TaobaoDeActivityLuckydrawRequest,
  options?: CallOptions,
): Promise<TaobaoDeActivityLuckydrawResponse> {
  return client.call<TaobaoDeActivityLuckydrawResponse>(
    {
      method: 'taobao.de.activity.luckydraw',
      responseRoot: 'de_activity_luckydraw_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
