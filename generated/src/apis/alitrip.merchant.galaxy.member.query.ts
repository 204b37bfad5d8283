// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.member.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.member.query` (星河-获取登录用户的信息). */
export interface AlitripMerchantGalaxyMemberQueryRequest {
  /** 租户身份信息 */
  tenant_key: string;
  /** toekn */
  token: string;
}

/** Response of `alitrip.merchant.galaxy.member.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyMemberQueryResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyMemberQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 用户信息 */
  content?: AlitripMerchantGalaxyMemberQueryMemberDto;
  /** 错误信息 */
  error_msg?: string;
}

/** `MemberDto` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryMemberDto {
  /** 用户基本信息 */
  member_base_info?: AlitripMerchantGalaxyMemberQueryMemberBaseInfoDto;
  /** 用户id */
  tenant_user_id?: string;
  /** 微信头像 */
  wechat_avatar_url?: string;
  /** 微信昵称 */
  wechat_nick_name?: string;
  /** 手机号 */
  phone_num?: string;
  /** 是否是会员 */
  is_member?: boolean;
  /** 手机前缀 */
  phone_pri?: string;
  /** 会员卡信息 */
  card_base_info?: AlitripMerchantGalaxyMemberQueryCardBaseInfoDto;
  /** 邮箱 */
  email?: string;
  /** token */
  token?: string;
  /** 返回日期毫秒值 */
  gmt_create?: string;
  /** 当前用户拥有优惠券数量 */
  coupon_count?: Int64;
  /** 会员卡信息 */
  member_card_detail?: AlitripMerchantGalaxyMemberQueryMemberCardDetailVo;
  /** 有效代金券数量 */
  voucher_count?: Int64;
  /** 是否有微信公众号openId */
  has_wechat_public_account_open_id?: boolean;
  /** 会员积分详情 */
  points_detail?: AlitripMerchantGalaxyMemberQueryPointsDetailDTO;
  /** 会员间夜详情 */
  night_detail?: AlitripMerchantGalaxyMemberQueryPointsDetailDTO2;
  /** 会员认证状态 */
  authorize_status?: string;
  /** 会员注册状态 */
  register_type?: string;
  /** 会员权益走马灯 */
  member_right_carousels?: AlitripMerchantGalaxyMemberQueryMemberRightCarouselVO[];
  /** 错误次数 */
  pwd_error_count?: Int64;
  /** 弹窗页面 */
  pop_up_page?: string;
  /** 下一等级 */
  next_level_name?: string;
  /** 德比返回的手机号 */
  phone_by_derby?: string;
  /** 是否为假邮箱 */
  is_fake_email?: boolean;
  /** 德比返回体中提取的参数 */
  derby_special_field?: AlitripMerchantGalaxyMemberQueryDerbySpecialField;
  /** 德比[查询用户信息]接口-[contactMedium]节点中的[id] */
  derby_email_id?: string;
  /** 快速升级资格 */
  fast_track_eligibility?: boolean;
}

/** `MemberBaseInfoDto` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryMemberBaseInfoDto {
  /** 用户英文姓 */
  first_name?: string;
  /** 用户英文名 */
  last_name?: string;
  /** 称呼 */
  civility?: string;
  /** 语言 */
  language?: string;
  /** 城市 */
  country?: string;
  /** 性别 */
  gender?: string;
  /** 是否接受广告通知 */
  subscription?: boolean;
}

/** `CardBaseInfoDto` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryCardBaseInfoDto {
  /** 会员等级 */
  card_tier?: string;
  /** 会员卡号 */
  card_number?: string;
  /** 会员卡类型 */
  card_type?: string;
  /** 微信会员卡状态 */
  wechat_card_status?: string;
}

/** `MemberCardDetailVo` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryMemberCardDetailVo {
  /** 会员卡图片 */
  member_card_pic?: string;
  /** 英文等级 */
  hotel_level_en?: string;
  /** 达到会员条件 */
  reach_condition?: string;
  /** icon颜色 */
  icon_color?: string;
  /** 卡信息描述 */
  card_desc?: string;
  /** 背景图片 */
  back_ground_pic?: string;
  /** 会员权益集合 */
  member_right_list?: AlitripMerchantGalaxyMemberQueryMemberRightVo[];
  /** 个人中心背景图片 */
  personal_center_pic?: string;
}

/** `MemberRightVo` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryMemberRightVo {
  /** 顺序 */
  order?: Int64;
  /** 内容 */
  member_right_content?: string;
  /** 权益名称 */
  member_right_desc?: string;
  /** 码点 */
  icon_code_point?: string;
}

/** `PointsDetailDTO` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryPointsDetailDTO {
  /** 会员奖励积分 */
  nb_points?: Int64;
  /** 近12个月内赚取的会员积分 */
  nb_points_earn_last_12_months?: Int64;
  /** 升级所需会员积分 */
  nb_points_to_next_tiering?: Int64;
  /** 更新等级所获得的积分 */
  points_earned_on_tier_update?: Int64;
}

/** `PointsDetailDTO` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryPointsDetailDTO2 {
  /** 当前间夜数余额 */
  current_nights_balance?: Int64;
  /** 当前入住间夜数余额 */
  current_stays_balance?: Int64;
  /** 快速跟踪间夜状态 */
  fast_tracked_status_nights?: Int64;
  /** 升级所需会员间夜 */
  nb_nights_to_next_tiering?: Int64;
  /** 更新等级所花费的间夜 */
  nights_spent_on_tier_update?: Int64;
}

/** `MemberRightCarouselVO` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryMemberRightCarouselVO {
  /** 会员卡英文 */
  hotel_level_en?: string;
  /** 会员卡中文 */
  hotel_level_zh?: string;
  /** 达到条件 */
  member_card_pic?: string;
  /** 会员权益 */
  member_right?: AlitripMerchantGalaxyMemberQueryMemberRight[];
  /** 达到条件 */
  reach_condition?: string;
  /** 当前等级=false 小于当前等级为空 大于当前等级为true */
  if_lock_card?: boolean;
  /** 背景色 */
  iconcolor?: string;
  /** 会员卡背景图片 */
  member_card_bk_pic?: string;
}

/** `MemberRight` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryMemberRight {
  /** 会员权益名称 */
  member_right_desc?: string;
  /** 会员权益内容 */
  member_right_content?: string;
  /** icon 码点 */
  icon_code_point?: string;
  /** 权益顺序 */
  order?: string;
  /** 权益是否置灰封锁 */
  if_lock?: boolean;
  /** 是否标识为 new 权益 */
  if_new?: boolean;
}

/** `DerbySpecialField` of `alitrip.merchant.galaxy.member.query`. */
export interface AlitripMerchantGalaxyMemberQueryDerbySpecialField {
  /** 积分倒计时 */
  points_expiration_date?: string;
  /** 会员卡倒计时 */
  end_date?: string;
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
      member_base_info: {
        first_name: 'String',
        last_name: 'String',
        civility: 'String',
        language: 'String',
        country: 'String',
        gender: 'String',
        subscription: 'Boolean',
      },
      tenant_user_id: 'String',
      wechat_avatar_url: 'String',
      wechat_nick_name: 'String',
      phone_num: 'String',
      is_member: 'Boolean',
      phone_pri: 'String',
      card_base_info: {
        card_tier: 'String',
        card_number: 'String',
        card_type: 'String',
        wechat_card_status: 'String',
      },
      email: 'String',
      token: 'String',
      gmt_create: 'Date',
      coupon_count: 'Number',
      member_card_detail: {
        member_card_pic: 'String',
        hotel_level_en: 'String',
        reach_condition: 'String',
        icon_color: 'String',
        card_desc: 'String',
        back_ground_pic: 'String',
        member_right_list: [
          {
            order: 'Number',
            member_right_content: 'String',
            member_right_desc: 'String',
            icon_code_point: 'String',
          },
        ],
        personal_center_pic: 'String',
      },
      voucher_count: 'Number',
      has_wechat_public_account_open_id: 'Boolean',
      points_detail: {
        nb_points: 'Number',
        nb_points_earn_last_12_months: 'Number',
        nb_points_to_next_tiering: 'Number',
        points_earned_on_tier_update: 'Number',
      },
      night_detail: {
        current_nights_balance: 'Number',
        current_stays_balance: 'Number',
        fast_tracked_status_nights: 'Number',
        nb_nights_to_next_tiering: 'Number',
        nights_spent_on_tier_update: 'Number',
      },
      authorize_status: 'String',
      register_type: 'String',
      member_right_carousels: [
        {
          hotel_level_en: 'String',
          hotel_level_zh: 'String',
          member_card_pic: 'String',
          member_right: [
            {
              member_right_desc: 'String',
              member_right_content: 'String',
              icon_code_point: 'String',
              order: 'String',
              if_lock: 'Boolean',
              if_new: 'Boolean',
            },
          ],
          reach_condition: 'String',
          if_lock_card: 'Boolean',
          iconcolor: 'String',
          member_card_bk_pic: 'String',
        },
      ],
      pwd_error_count: 'Number',
      pop_up_page: 'String',
      next_level_name: 'String',
      phone_by_derby: 'String',
      is_fake_email: 'Boolean',
      derby_special_field: {
        points_expiration_date: 'String',
        end_date: 'String',
      },
      derby_email_id: 'String',
      fast_track_eligibility: 'Boolean',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.member.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyMemberQueryOperation = {
  method: 'alitrip.merchant.galaxy.member.query',
  responseRoot: 'alitrip_merchant_galaxy_member_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-获取登录用户的信息 — calls TOP method `alitrip.merchant.galaxy.member.query`.
 *
 * 获取登录用户的信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyMemberQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyMemberQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyMemberQueryResponse> {
  return client.call<AlitripMerchantGalaxyMemberQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.member.query',
      responseRoot: 'alitrip_merchant_galaxy_member_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
