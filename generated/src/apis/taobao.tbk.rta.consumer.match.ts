// Generated from specs/tbk/taobao.tbk.rta.consumer.match.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.rta.consumer.match` (淘宝客-推广者-定向活动目标发布). */
export interface TaobaoTbkRtaConsumerMatchRequest {
  /** mm_xxx_xxx_xxx的第3段数字 */
  adzone_id: Int64Input;
  /**
   * 活动列表
   *
   * Max list size: 100
   */
  offer_list?: TaobaoTbkRtaConsumerMatchOfferListInput[];
  /** 消费者对应的会员ID（会员ID或设备信息同时填时，优先使用会员ID） */
  special_id?: string;
  /** 设备信息，加密后的值(IMEI,IDFA,OAID,MOBILE需要加密)，需用MD5加密，32位小写 */
  device_value?: string;
  /** 设备信息，入参类型(该模式下返回的结果为模糊匹配结果，和实际情况可能存在误差)：IMEI, 或者IDFA, 或者OAID, 或者MOBILE, 或者ALIPAY_ID */
  device_type?: string;
  /** 策略ID，与活动列表二选一传入 */
  strategy_id_list?: string;
}

/** Response of `taobao.tbk.rta.consumer.match`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkRtaConsumerMatchResponse {
  /** 返回结果 */
  data?: TaobaoTbkRtaConsumerMatchData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OfferList` of `taobao.tbk.rta.consumer.match`. */
export interface TaobaoTbkRtaConsumerMatchOfferListInput {
  /** 活动id */
  offer_id?: string;
  /** 淘礼金领取URL，不支持使用短链接 */
  tlj_url?: string;
  /** 商品id */
  item_id?: string;
}

/** `Data` of `taobao.tbk.rta.consumer.match`. */
export interface TaobaoTbkRtaConsumerMatchData {
  /** 返回结果列表 */
  result_list?: TaobaoTbkRtaConsumerMatchResultlist[];
  /** 策略ID的匹配结果，仅在入参strategy_id_list字段非空时返回 */
  strategy_result_list?: TaobaoTbkRtaConsumerMatchStrategyResultList[];
}

/** `Resultlist` of `taobao.tbk.rta.consumer.match`. */
export interface TaobaoTbkRtaConsumerMatchResultlist {
  /** 活动id */
  offer_id?: string;
  /** 活动状态：1-符合活动要求，2-淘客无活动权限，3-用户不匹配活动，4-系统异常，5-活动不存在 */
  status?: string;
  /** 推广链接 */
  click_url?: string;
  /** 微信小程序路径 */
  wx_miniprogram_path?: string;
  /** 微信小程序码 */
  wx_qrcode_url?: string;
}

/** `StrategyResultList` of `taobao.tbk.rta.consumer.match`. */
export interface TaobaoTbkRtaConsumerMatchStrategyResultList {
  /** 策略ID */
  strategy_id?: string;
  /** 状态：1-符合活动要求 ，3-用户不匹配活动，4-系统异常，6-策略ID不存在，7-策略ID无效 */
  status?: string;
}

const REQUEST_SCHEMA = {
  adzone_id: 'Number',
  offer_list: [
    {
      offer_id: 'String',
      tlj_url: 'String',
      item_id: 'String',
    },
  ],
  special_id: 'String',
  device_value: 'String',
  device_type: 'String',
  strategy_id_list: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    result_list: [
      {
        offer_id: 'String',
        status: 'String',
        click_url: 'String',
        wx_miniprogram_path: 'String',
        wx_qrcode_url: 'String',
      },
    ],
    strategy_result_list: [
      {
        strategy_id: 'String',
        status: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.rta.consumer.match`: method, response root, request and response schemas. */
export const taobaoTbkRtaConsumerMatchOperation = {
  method: 'taobao.tbk.rta.consumer.match',
  responseRoot: 'tbk_rta_consumer_match_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-定向活动目标发布 — calls TOP method `taobao.tbk.rta.consumer.match`.
 *
 * 淘客计划向用户推送某个定向活动时，调用该接口判断用户是否符合活动目标（淘客接入前需签署协议 https://pub.alimama.com/fourth/protocol/common.htm?key=hangye_laxin）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkRtaConsumerMatch(
  client: TopClient,
  request: TaobaoTbkRtaConsumerMatchRequest,
  options?: CallOptions,
): Promise<TaobaoTbkRtaConsumerMatchResponse> {
  return client.call<TaobaoTbkRtaConsumerMatchResponse>(
    {
      method: 'taobao.tbk.rta.consumer.match',
      responseRoot: 'tbk_rta_consumer_match_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
