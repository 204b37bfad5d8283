// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.card.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.card.info` (获取会员体系). */
export interface AlitripMerchantGalaxyCardInfoRequest {
  /** 租户id */
  tenant_key?: string;
  /** 用户token */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.card.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyCardInfoResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyCardInfoResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.card.info`. */
export interface AlitripMerchantGalaxyCardInfoResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回内容 */
  content?: AlitripMerchantGalaxyCardInfoCardSystemVo;
  /** 错误信息 */
  error_msg?: string;
}

/** `CardSystemVo` of `alitrip.merchant.galaxy.card.info`. */
export interface AlitripMerchantGalaxyCardInfoCardSystemVo {
  /** 会员卡详细信息 */
  member_card_detail_list?: AlitripMerchantGalaxyCardInfoMemberCardDetailVo[];
}

/** `MemberCardDetailVo` of `alitrip.merchant.galaxy.card.info`. */
export interface AlitripMerchantGalaxyCardInfoMemberCardDetailVo {
  /** 卡图片 */
  member_card_pic?: string;
  /** 英文等级 */
  hotel_level_en?: string;
  /** 会员升级条件 */
  reach_condition?: string;
  /** 图标颜色 */
  icon_color?: string;
  /** 会员卡描述 */
  card_desc?: string;
  /** 背景图片 */
  back_ground_pic?: string;
  /** 会员权益集合 */
  member_right_list?: AlitripMerchantGalaxyCardInfoMemberRightVo[];
  /** 会员等级中文名称 */
  hotel_level_zh?: string;
}

/** `MemberRightVo` of `alitrip.merchant.galaxy.card.info`. */
export interface AlitripMerchantGalaxyCardInfoMemberRightVo {
  /** 权益名称 */
  member_right_desc?: string;
  /** 权益内容 */
  member_right_content?: string;
  /** 权益码点 */
  icon_code_point?: string;
  /** 顺序 */
  order?: Int64;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      member_card_detail_list: [
        {
          member_card_pic: 'String',
          hotel_level_en: 'String',
          reach_condition: 'String',
          icon_color: 'String',
          card_desc: 'String',
          back_ground_pic: 'String',
          member_right_list: [
            {
              member_right_desc: 'String',
              member_right_content: 'String',
              icon_code_point: 'String',
              order: 'Number',
            },
          ],
          hotel_level_zh: 'String',
        },
      ],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.card.info`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyCardInfoOperation = {
  method: 'alitrip.merchant.galaxy.card.info',
  responseRoot: 'alitrip_merchant_galaxy_card_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取会员体系 — calls TOP method `alitrip.merchant.galaxy.card.info`.
 *
 * 星河=根据卡类型获取当前的会员体系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyCardInfo(
  client: TopClient,
  request: AlitripMerchantGalaxyCardInfoRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyCardInfoResponse> {
  return client.call<AlitripMerchantGalaxyCardInfoResponse>(
    {
      method: 'alitrip.merchant.galaxy.card.info',
      responseRoot: 'alitrip_merchant_galaxy_card_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
