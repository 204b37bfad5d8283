// Generated from specs/promotion/alibaba.wdk.coupon.template.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.coupon.template.create` (优惠券模版创建). */
export interface AlibabaWdkCouponTemplateCreateRequest {
  /** 请求 */
  param_coupon_template_operate_request?: AlibabaWdkCouponTemplateCreateCouponTemplateOperateRequestInput;
}

/** Response of `alibaba.wdk.coupon.template.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkCouponTemplateCreateResponse {
  /** 结果 */
  result?: AlibabaWdkCouponTemplateCreateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponTemplateOperateRequest` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateOperateRequestInput {
  /** 券模版 */
  coupon_template: AlibabaWdkCouponTemplateCreateCouponTemplateInput;
  /** 用户信息 */
  user_info?: AlibabaWdkCouponTemplateCreateUserInfoInput;
}

/** `CouponTemplate` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateInput {
  /** 领取限制 */
  apply_limit_config: AlibabaWdkCouponTemplateCreateCouponTemplateApplyLimitConfigInput;
  /** 基础信息 */
  common_config: AlibabaWdkCouponTemplateCreateCouponTemplateCommonConfigInput;
  /** 生效条件 */
  condition_config?: AlibabaWdkCouponTemplateCreateCouponTemplateConditionConfigInput;
  /** 优惠效果 */
  discount_config?: AlibabaWdkCouponTemplateCreateCouponTemplateDiscountConfigInput;
  /** 模板表主键 创建时为空 */
  id?: Int64Input;
  /** 出资人配置 */
  investment_config?: AlibabaWdkCouponTemplateCreateCouponTemplateInvestmentConfigInput;
  /** 其他配置--拓展信息 */
  option_config?: AlibabaWdkCouponTemplateCreateCouponTemplateOptionConfigInput;
  /** 参与者 */
  participate_config?: AlibabaWdkCouponTemplateCreateCouponTemplateParticipateConfigInput;
  /** ump模板ID */
  source_id?: Int64Input;
  /** 实例有效时间配置 */
  time_limit_config?: AlibabaWdkCouponTemplateCreateCouponTemplateTimeLimitConfigInput;
  /** 优惠券模版uuid */
  uuid?: string;
  /** 兼容历史逻辑配置 */
  compatible_config?: AlibabaWdkCouponTemplateCreateCouponTemplateCompatibleConfigInput;
  /** 幂等id，外部透传 */
  unique_id?: string;
}

/** `CouponTemplateApplyLimitConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateApplyLimitConfigInput {
  /** 优惠券最后能领取时间(超过这个时间，优惠券不能领取) */
  apply_end_time?: DateInput;
  /** 优惠券每日限领数（-1表示不限制） */
  coupon_daily_lmt?: Int64Input;
  /** 优惠券总数（-1表示不限制） */
  coupon_total_lmt: Int64Input;
  /** 每人每日限领（-1表示不限制） */
  personal_daily_lmt?: Int64Input;
  /** 个人总领取限制数量（-1表示不限制） */
  personal_lmt?: Int64Input;
  /** 优惠券最早能领取时间(在这时间之前，优惠券不能领取) */
  apply_start_time?: DateInput;
}

/** `CouponTemplateCommonConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateCommonConfigInput {
  /** 申请渠道 anonymousOffline */
  apply_channels?: string[];
  /** 优惠券活动描述 */
  description: string;
  /** 模板状态 NORMAL(1, "有效"), DELETE(-1, "删除"), ENDING(0, "结束领取"), NOUSE(-2, "无效"), WDK_COUPON_DRAFT(-999, "草稿"), */
  status?: Int64Input;
  /** 优惠券名称 */
  title: string;
  /** 优惠券类型 UNIT_PRICE(10,"unitPrice","单品定价券"), FULL_AMOUNT_REDUCE(11, "fullAmountReduce", "满元减券"), FULL_AMOUNT_DISCOUNT(12, "fullAmountDiscount", "满元折券"), FULL_COUNT_REDUCE(13, "fullCountReduce", "满件减券"), FULL_COUNT_DISCOUNT(14, "fullCountDiscount", "满件折券"), VOUCHER(15, "voucher", "抵用券"), */
  type: Int64Input;
  /** 优惠券发放方式 ANONYMOUS("anonymous","匿名券"), REGISTERED("registered","记名券"), */
  send_type?: string;
}

/** `CouponTemplateConditionConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateConditionConfigInput {
  /** 门槛金额 */
  amount?: Int64Input;
  /** 是否生效满元条件 */
  amount_at?: boolean;
  /** 生效类目 */
  categories?: string[];
  /** 门槛件数 */
  count?: Int64Input;
  /** 是否生效满件条件 */
  count_at?: boolean;
  /** 是否限制本人使用 */
  only_member_self?: boolean;
  /** 券的使用范围 COUPON_RANGE_STORE(1, "rangeShop", "店铺券"), COUPON_RANGE_ITEM(2, "rangeItem", "商品券"), COUPON_RANGE_CATEGORY(3, "rangeCategory", "品类券"), COUPON_RANGE_SELLER(307,"rangeSeller", "卖家券"), */
  range_type?: Int64Input;
  /** 生效门店 */
  shop_ids?: string[];
  /** 生效终端: 1.app 2.pos */
  terminals?: string[];
  /** 人群信息 */
  user_crowd_config?: AlibabaWdkCouponTemplateCreateCouponTemplateUserCrowdConfigInput;
  /** 单笔订单最大可用张数 */
  max_use_count_per_order?: Int64Input;
  /** 最大优惠金额 */
  max_effect_amount?: Int64Input;
  /** 排除的商品规则 1:专柜品 */
  exclude_item_rules?: string[];
  /** 生效商家类目 */
  merchant_categories?: string[];
}

/** `CouponTemplateUserCrowdConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateUserCrowdConfigInput {
  /** 商家自定义人群 */
  merchant_customize_crowd_name?: string;
  /** 平台人群 */
  platform_crowd_name?: string;
}

/** `CouponTemplateDiscountConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateDiscountConfigInput {
  /** 是否减钱 */
  decrease?: boolean;
  /** 减钱金额 */
  decrease_money?: Int64Input;
  /** 是否打折 */
  discount?: boolean;
  /** 打折额度 */
  discount_rate?: Int64Input;
  /** 优惠后的固定价格 */
  fix_price_amount?: Int64Input;
  /** 是否固定价格 */
  fix_price?: boolean;
}

/** `CouponTemplateInvestmentConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateInvestmentConfigInput {
  /** 出资人配置 */
  investment_info_list?: AlibabaWdkCouponTemplateCreateInvestmentInfoInput[];
}

/** `InvestmentInfo` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateInvestmentInfoInput {
  /** 出资人 */
  investor?: string;
  /** 出资比例 2000 = 20% */
  investor_ratio?: Int64Input;
}

/** `CouponTemplateOptionConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateOptionConfigInput {
  /** 外部优惠券模板id */
  out_coupon_template_id?: string;
  /** 外部优惠券类型 */
  out_coupon_type?: string;
  /** 优惠券logo url */
  logo_url?: string;
  /** 券图片 */
  picture_url?: string;
  /** 合同ID */
  contract_instance_id?: Int64Input;
  /** 采买者ID */
  purchase_id?: Int64Input;
}

/** `CouponTemplateParticipateConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateParticipateConfigInput {
  /** 参与者列表 */
  participate_list?: AlibabaWdkCouponTemplateCreateLogicGroupInput[];
}

/** `LogicGroup` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateLogicGroupInput {
  /** 参与者分组序号 */
  number?: Int64Input;
  /** 五道口参与者名称 */
  wdk_group_name?: string;
  /** 逻辑分组类型 COMMON(1, "普通分组"), EXCHANGE(2, "换购分组"), BUY_GIFT(3, "买赠分组"), EXCHANGE_TJ_OVERLAY(4, "特价换购叠加分组"), */
  logic_group_type?: Int64Input;
}

/** `CouponTemplateTimeLimitConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateTimeLimitConfigInput {
  /** 优惠券结束时间 */
  end_valid_time?: DateInput;
  /** 优惠券开始时间 */
  start_valid_time?: DateInput;
  /** 优惠券有效时间类型 RANGE(1,"开始/结束时间"), DURATION(2,"固定时长"),BETWEEN(4, "发放后X-Y天失效") */
  valid_time_type?: Int64Input;
  /** 优惠券有效时长，单位为秒（固定有效时长的优惠券） */
  validity_period?: Int64Input;
  /** 优惠券有效开始时长，单位为秒（优惠券领取后X天开始有效） */
  validity_start_interval?: Int64Input;
  /** 优惠券有效结束时长，单位为秒（优惠券领取后X-Y天有效的Y） */
  validity_end_interval?: Int64Input;
}

/** `CouponTemplateCompatibleConfig` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateCompatibleConfigInput {
  /** 是否要求优惠券在一天的23:59:59失效 1表示最后一秒失效 */
  valid_till_night?: Int64Input;
  /** 优惠券应用类型 pointCoupon：积分券 */
  application_type?: string;
}

/** `UserInfo` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateUserInfoInput {
  /** 来源 */
  source?: string;
  /** 用户id */
  user_id?: Int64Input;
  /** 用户名称 */
  user_name?: string;
}

/** `ApiResult` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateApiResult {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** 返回 */
  model?: AlibabaWdkCouponTemplateCreateCouponTemplateOperateResponse;
  /** 成功标志 */
  success?: boolean;
}

/** `CouponTemplateOperateResponse` of `alibaba.wdk.coupon.template.create`. */
export interface AlibabaWdkCouponTemplateCreateCouponTemplateOperateResponse {
  /** 模板表主键 */
  id?: Int64;
  /** ump模板ID */
  source_id?: Int64;
}

const REQUEST_SCHEMA = {
  param_coupon_template_operate_request: {
    coupon_template: {
      apply_limit_config: {
        apply_end_time: 'Date',
        coupon_daily_lmt: 'Number',
        coupon_total_lmt: 'Number',
        personal_daily_lmt: 'Number',
        personal_lmt: 'Number',
        apply_start_time: 'Date',
      },
      common_config: {
        apply_channels: ['String'],
        description: 'String',
        status: 'Number',
        title: 'String',
        type: 'Number',
        send_type: 'String',
      },
      condition_config: {
        amount: 'Number',
        amount_at: 'Boolean',
        categories: ['String'],
        count: 'Number',
        count_at: 'Boolean',
        only_member_self: 'Boolean',
        range_type: 'Number',
        shop_ids: ['String'],
        terminals: ['String'],
        user_crowd_config: {
          merchant_customize_crowd_name: 'String',
          platform_crowd_name: 'String',
        },
        max_use_count_per_order: 'Number',
        max_effect_amount: 'Number',
        exclude_item_rules: ['String'],
        merchant_categories: ['String'],
      },
      discount_config: {
        decrease: 'Boolean',
        decrease_money: 'Number',
        discount: 'Boolean',
        discount_rate: 'Number',
        fix_price_amount: 'Number',
        fix_price: 'Boolean',
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
        out_coupon_template_id: 'String',
        out_coupon_type: 'String',
        logo_url: 'String',
        picture_url: 'String',
        contract_instance_id: 'Number',
        purchase_id: 'Number',
      },
      participate_config: {
        participate_list: [
          {
            number: 'Number',
            wdk_group_name: 'String',
            logic_group_type: 'Number',
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
      unique_id: 'String',
    },
    user_info: {
      source: 'String',
      user_id: 'Number',
      user_name: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    model: {
      id: 'Number',
      source_id: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.coupon.template.create`: method, response root, request and response schemas. */
export const alibabaWdkCouponTemplateCreateOperation = {
  method: 'alibaba.wdk.coupon.template.create',
  responseRoot: 'alibaba_wdk_coupon_template_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠券模版创建 — calls TOP method `alibaba.wdk.coupon.template.create`.
 *
 * 开放给外部商家创建优惠券模版
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkCouponTemplateCreate(
  client: TopClient,
  request: AlibabaWdkCouponTemplateCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkCouponTemplateCreateResponse> {
  return client.call<AlibabaWdkCouponTemplateCreateResponse>(
    {
      method: 'alibaba.wdk.coupon.template.create',
      responseRoot: 'alibaba_wdk_coupon_template_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
