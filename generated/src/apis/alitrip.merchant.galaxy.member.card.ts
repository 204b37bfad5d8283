// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.card.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.card` (星河-获取会员卡信息). */
export interface AlitripMerchantGalaxyMemberCardRequest {
  /** 租户信息 */
  tenant_key: string;
  /** 飞猪等级 */
  fliggy_level: string;
  /** 卡类型 */
  card_type?: string;
}

/** Response of `alitrip.merchant.galaxy.member.card`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberCardResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyMemberCardResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.member.card`. */
export interface AlitripMerchantGalaxyMemberCardResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回参数 */
  content?: AlitripMerchantGalaxyMemberCardMemberCardDto;
  /** 错误信息 */
  error_msg?: string;
}

/** `MemberCardDto` of `alitrip.merchant.galaxy.member.card`. */
export interface AlitripMerchantGalaxyMemberCardMemberCardDto {
  /** 酒店等级 */
  hotel_level?: string;
  /** 会员权益 */
  member_rights?: AlitripMerchantGalaxyMemberCardMemberRights[];
  /** 会员卡ID */
  id?: Int64;
  /** 飞猪等级 */
  fliggy_level?: string;
  /** 会员卡图片地址 */
  member_card_pic?: string;
  /** 权益描述 */
  card_name?: string;
}

/** `MemberRights` of `alitrip.merchant.galaxy.member.card`. */
export interface AlitripMerchantGalaxyMemberCardMemberRights {
  /** 权益图标 */
  member_right_icon?: string;
  /** 权益描述 */
  member_right_desc?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  fliggy_level: 'String',
  card_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      hotel_level: 'String',
      member_rights: [
        {
          member_right_icon: 'String',
          member_right_desc: 'String',
        },
      ],
      id: 'Number',
      fliggy_level: 'String',
      member_card_pic: 'String',
      card_name: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.card`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberCardOperation = {
  method: 'alitrip.merchant.galaxy.member.card',
  responseRoot: 'alitrip_merchant_galaxy_member_card_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-获取会员卡信息 — calls TOP method `alitrip.merchant.galaxy.member.card`.
 *
 * 星河=根据会员等级获取会员的权益
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberCard(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberCardRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberCardResponse> {
  return client.call<AlitripMerchantGalaxyMemberCardResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.card',
      responseRoot: 'alitrip_merchant_galaxy_member_card_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
