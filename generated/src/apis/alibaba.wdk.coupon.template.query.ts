// Generated from specs/promotion/alibaba.wdk.coupon.template.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.coupon.template.query` (优惠券模版查询). */
export interface AlibabaWdkCouponTemplateQueryRequest {
  /** 系统自动生成 */
  param_coupon_template_query_request?: AlibabaWdkCouponTemplateQueryCouponTemplateQueryRequestInput;
}

/** Response of `alibaba.wdk.coupon.template.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkCouponTemplateQueryResponse {
  /** 结果 */
  result?: AlibabaWdkCouponTemplateQueryApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponTemplateQueryRequest` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateQueryRequestInput {
  /** 模板表ID */
  id?: Int64Input;
  /** ump模板ID */
  source_id?: Int64Input;
  /** 用户信息 */
  user_info?: AlibabaWdkCouponTemplateQueryUserInfoInput;
}

/** `UserInfo` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryUserInfoInput {
  /** 用户id */
  user_id?: Int64Input;
  /** 来源 */
  source?: string;
  /** 用户名称 */
  user_name?: string;
}

/** `ApiResult` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryApiResult {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 返回 */
  model?: AlibabaWdkCouponTemplateQueryCouponTemplateOperateResponse;
  /** 成功标志 */
  success?: boolean;
}

/** `CouponTemplateOperateResponse` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateOperateResponse {
  /** 券模版 */
  coupon_template?: AlibabaWdkCouponTemplateQueryCouponTemplate;
}

/** `CouponTemplate` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplate {
  /** 领取限制 */
  apply_limit_config?: AlibabaWdkCouponTemplateQueryCouponTemplateApplyLimitConfig;
  /** 基础信息 */
  common_config?: AlibabaWdkCouponTemplateQueryCouponTemplateCommonConfig;
  /** 生效条件 */
  condition_config?: AlibabaWdkCouponTemplateQueryCouponTemplateConditionConfig;
  /** 优惠效果 */
  discount_config?: AlibabaWdkCouponTemplateQueryCouponTemplateDiscountConfig;
  /** 模板表主键 */
  id?: Int64;
  /** 出资人配置 */
  investment_config?: AlibabaWdkCouponTemplateQueryCouponTemplateInvestmentConfig;
  /** 其他配置--拓展信息 */
  option_config?: AlibabaWdkCouponTemplateQueryCouponTemplateOptionConfig;
  /** 参与者 */
  participate_config?: AlibabaWdkCouponTemplateQueryCouponTemplateParticipateConfig;
  /** ump模板ID */
  source_id?: Int64;
  /** 实例有效时间配置 */
  time_limit_config?: AlibabaWdkCouponTemplateQueryCouponTemplateTimeLimitConfig;
  /** 优惠券模版uuid */
  uuid?: string;
  /** 兼容历史逻辑配置 */
  compatible_config?: AlibabaWdkCouponTemplateQueryCouponTemplateCompatibleConfig;
}

/** `CouponTemplateApplyLimitConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateApplyLimitConfig {
  /** 优惠券最后能领取时间(超过这个时间，优惠券不能领取) */
  apply_end_time?: string;
  /** 优惠券最早能领取时间(在这时间之前，优惠券不能领取) */
  apply_start_time?: string;
  /** 优惠券每日限领数（-1表示不限制） */
  coupon_daily_lmt?: Int64;
  /** 优惠券总数（-1表示不限制） */
  coupon_total_lmt?: Int64;
  /** 每人每日限领（-1表示不限制） */
  personal_daily_lmt?: Int64;
  /** 个人总领取限制数量（-1表示不限制） */
  personal_lmt?: Int64;
}

/** `CouponTemplateCommonConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateCommonConfig {
  /** 申请渠道 */
  apply_channels?: string[];
  /** 优惠券活动描述 */
  description?: string;
  /** 优惠券发放方式 */
  send_type?: string;
  /** 模板状态 */
  status?: Int64;
  /** 优惠券名称 */
  title?: string;
  /** 优惠券类型 */
  type?: Int64;
}

/** `CouponTemplateConditionConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateConditionConfig {
  /** 门槛金额 */
  amount?: Int64;
  /** 是否生效满元条件 */
  amount_at?: boolean;
  /** 生效类目 */
  categories?: string[];
  /** 门槛件数 */
  count?: Int64;
  /** 是否生效满件条件 */
  count_at?: boolean;
  /** 单笔订单最大可用张数 */
  max_use_count_per_order?: Int64;
  /** 是否限制本人使用 */
  only_member_self?: boolean;
  /** 券的使用范围 */
  range_type?: Int64;
  /** 生效门店 */
  shop_ids?: string[];
  /** 生效终端 */
  terminals?: Int64[];
  /** 人群信息 */
  user_crowd_config?: AlibabaWdkCouponTemplateQueryCouponTemplateUserCrowdConfig;
  /** 最大优惠金额 */
  max_effect_amount?: Int64;
  /** 排品规则 */
  exclude_item_rules?: Int64[];
  /** 生效商家类目 */
  merchant_categories?: string[];
}

/** `CouponTemplateUserCrowdConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateUserCrowdConfig {
  /** 商家自定义人群 */
  merchant_customize_crowd_name?: string;
  /** 平台人群 */
  platform_crowd_name?: string;
}

/** `CouponTemplateDiscountConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateDiscountConfig {
  /** 是否减钱 */
  decrease?: boolean;
  /** 减钱金额 */
  decrease_money?: Int64;
  /** 是否打折 */
  discount?: boolean;
  /** 打折额度 */
  discount_rate?: Int64;
  /** 是否固定价格 */
  fix_price?: boolean;
  /** 优惠后的固定价格 */
  fix_price_amount?: Int64;
}

/** `CouponTemplateInvestmentConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateInvestmentConfig {
  /** 出资人配置 */
  investment_info_list?: AlibabaWdkCouponTemplateQueryInvestmentInfo[];
}

/** `InvestmentInfo` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryInvestmentInfo {
  /** 出资人 */
  investor?: string;
  /** 出资比例 */
  investor_ratio?: Int64;
}

/** `CouponTemplateOptionConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateOptionConfig {
  /** 抵用券是否可贬值使用 */
  devalue?: boolean;
  /** 优惠券logo url */
  logo_url?: string;
  /** 外部优惠券模板id */
  out_coupon_template_id?: string;
  /** 外部优惠券类型 */
  out_coupon_type?: string;
  /** 券图片 */
  picture_url?: string;
  /** 合同id */
  contract_instance_id?: Int64;
  /** 采买者id */
  purchase_id?: Int64;
}

/** `CouponTemplateParticipateConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateParticipateConfig {
  /** 参与者列表 */
  participate_list?: AlibabaWdkCouponTemplateQueryLogicGroup[];
}

/** `LogicGroup` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryLogicGroup {
  /** 逻辑分组类型 */
  logic_group_type?: Int64;
  /** 参与者分组序号 */
  number?: Int64;
  /** 五道口参与者名称 */
  wdk_group_name?: string;
}

/** `CouponTemplateTimeLimitConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateTimeLimitConfig {
  /** 优惠券结束时间 */
  end_valid_time?: string;
  /** 优惠券开始时间 */
  start_valid_time?: string;
  /** 优惠券有效时间类型 */
  valid_time_type?: Int64;
  /** 优惠券有效时长 */
  validity_period?: Int64;
  /** 优惠券有效开始时长，单位为秒（优惠券领取后X天开始有效） */
  validity_start_interval?: Int64;
  /** 优惠券有效结束时长，单位为秒（优惠券领取后X-Y天有效的Y） */
  validity_end_interval?: Int64;
}

/** `CouponTemplateCompatibleConfig` of `alibaba.wdk.coupon.template.query`. */
export interface AlibabaWdkCouponTemplateQueryCouponTemplateCompatibleConfig {
  /** 是否要求优惠券在一天的23:59:59失效 */
  valid_till_night?: Int64;
  /** 优惠券应用类型 pointCoupon：积分券 */
  application_type?: string;
}

const REQUEST_SCHEMA = {
  param_coupon_template_query_request: {
    id: 'Number',
    source_id: 'Number',
    user_info: {
      user_id: 'Number',
      source: 'String',
      user_name: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    model: {
      coupon_template: {
        apply_limit_config: {
          apply_end_time: 'Date',
          apply_start_time: 'Date',
          coupon_daily_lmt: 'Number',
          coupon_total_lmt: 'Number',
          personal_daily_lmt: 'Number',
          personal_lmt: 'Number',
        },
        common_config: {
          apply_channels: ['String'],
          description: 'String',
          send_type: 'String',
          status: 'Number',
          title: 'String',
          type: 'Number',
        },
        condition_config: {
          amount: 'Number',
          amount_at: 'Boolean',
          categories: ['String'],
          count: 'Number',
          count_at: 'Boolean',
          max_use_count_per_order: 'Number',
          only_member_self: 'Boolean',
          range_type: 'Number',
          shop_ids: ['String'],
          terminals: ['Number'],
          user_crowd_config: {
            merchant_customize_crowd_name: 'String',
            platform_crowd_name: 'String',
          },
          max_effect_amount: 'Number',
          exclude_item_rules: ['Number'],
          merchant_categories: ['String'],
        },
        discount_config: {
          decrease: 'Boolean',
          decrease_money: 'Number',
          discount: 'Boolean',
          discount_rate: 'Number',
          fix_price: 'Boolean',
          fix_price_amount: 'Number',
        },
        id: 'Number',
        investment_config: {
          investment_info_list: [
            {
              investor: 'String',
              investor_ratio: 'Number',
            },
          ],
        },
        option_config: {
          devalue: 'Boolean',
          logo_url: 'String',
          out_coupon_template_id: 'String',
          out_coupon_type: 'String',
          picture_url: 'String',
          contract_instance_id: 'Number',
          purchase_id: 'Number',
        },
        participate_config: {
          participate_list: [
            {
              logic_group_type: 'Number',
              number: 'Number',
              wdk_group_name: 'String',
            },
          ],
        },
        source_id: 'Number',
        time_limit_config: {
          end_valid_time: 'Date',
          start_valid_time: 'Date',
          valid_time_type: 'Number',
          validity_period: 'Number',
          validity_start_interval: 'Number',
          validity_end_interval: 'Number',
        },
        uuid: 'String',
        compatible_config: {
          valid_till_night: 'Number',
          application_type: 'String',
        },
      },
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.coupon.template.query`: method, response root, request and response schemas. */
export const alibabaWdkCouponTemplateQueryOperation = {
  method: 'alibaba.wdk.coupon.template.query',
  responseRoot: 'alibaba_wdk_coupon_template_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券模版查询 — calls TOP method `alibaba.wdk.coupon.template.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkCouponTemplateQuery(
  client: TopClient,
  request: AlibabaWdkCouponTemplateQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkCouponTemplateQueryResponse> {
  return client.call<AlibabaWdkCouponTemplateQueryResponse>(
    {
      method: 'alibaba.wdk.coupon.template.query',
      responseRoot: 'alibaba_wdk_coupon_template_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
