// Generated from specs/promotion/taobao.promotion.benefit.selector.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.benefit.selector` (权益选择器接口). */
export interface TaobaoPromotionBenefitSelectorRequest {
  /** 权益选择器请求 */
  query: TaobaoPromotionBenefitSelectorBenefitSelectorQueryInput;
}

/** Response of `taobao.promotion.benefit.selector`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionBenefitSelectorResponse {
  /** 权益列表信息 */
  benefit_list?: TaobaoPromotionBenefitSelectorBenefitSelectorVo[];
  /** 接口调用是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BenefitSelectorQuery` of `taobao.promotion.benefit.selector`. */
export interface TaobaoPromotionBenefitSelectorBenefitSelectorQueryInput {
  /** 权益id（步骤3必填） */
  benefit_id?: Int64Input;
  /** 权益类型（步骤2,3必填） */
  benefit_type?: string;
  /** 新权益类型id */
  config_id?: Int64Input;
  /** 需要过滤的option */
  exclude_options?: Int64Input;
  /** 选择器步骤可选1,2,3，1：展示卖家能够选择的权益类型2：必填BenefitType，展示卖家该种类型下的权益3：必填BenefitType和benefitId，展示卖家该权益的详情 */
  step: Int64Input;
  /** 选择器步骤选择2时，查询指定类型权益列表分页查询参数 */
  current_page?: Int64Input;
  /** 选择器步骤选择2时，查询指定类型权益列表分页查询参数 */
  page_size?: Int64Input;
  /** 传true时列表进行分页查询，分页查询时不会对发放完的模板过滤；传false时分页查询的current_page和page_size不传，接口语义和之前一致。 */
  page_query_request?: boolean;
}

/** `BenefitSelectorVo` of `taobao.promotion.benefit.selector`. */
export interface TaobaoPromotionBenefitSelectorBenefitSelectorVo {
  /** 权益名称 */
  benefit_name?: string;
  /** 权益类型 */
  benefit_type?: string;
  /** 权益类型id */
  benefit_type_long?: Int64;
  /** 详情list */
  pack_detail_list?: TaobaoPromotionBenefitSelectorBenefitTemplateVo[];
  /** 选择器步骤选择2时，查询指定类型权益列表分页查询返回值，数据总量 */
  template_total_count?: Int64;
}

/** `BenefitTemplateVo` of `taobao.promotion.benefit.selector`. */
export interface TaobaoPromotionBenefitSelectorBenefitTemplateVo {
  /** 权益id */
  benefit_id?: Int64;
  /** 面额 */
  denomination?: Int64;
  /** 结束时间 */
  end_time?: string;
  /** 扩展信息 */
  extend_feature?: string;
  /** 外部关联id（如支付宝红包模板id） */
  out_object_id?: string;
  /** 外部关联名称 */
  out_object_name?: string;
  /** 关联活动数 */
  relate_activity_num?: Int64;
  /** 开始时间 */
  start_time?: string;
  /** 状态 */
  status?: Int64;
  /** 可用总数 */
  valid_total_num?: Int64;
}

const REQUEST_SCHEMA = {
  query: {
    benefit_id: 'Number',
    benefit_type: 'String',
    config_id: 'Number',
    exclude_options: 'Number',
    step: 'Number',
    current_page: 'Number',
    page_size: 'Number',
    page_query_request: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  benefit_list: [
    {
      benefit_name: 'String',
      benefit_type: 'String',
      benefit_type_long: 'Number',
      pack_detail_list: [
        {
          benefit_id: 'Number',
          denomination: 'Number',
          end_time: 'Date',
          extend_feature: 'String',
          out_object_id: 'String',
          out_object_name: 'String',
          relate_activity_num: 'Number',
          start_time: 'Date',
          status: 'Number',
          valid_total_num: 'Number',
        },
      ],
      template_total_count: 'Number',
    },
  ],
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.benefit.selector`: method, response root, request and response schemas. */
export const taobaoPromotionBenefitSelectorOperation = {
  method: 'taobao.promotion.benefit.selector',
  responseRoot: 'promotion_benefit_selector_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 权益选择器接口 — calls TOP method `taobao.promotion.benefit.selector`.
 *
 * 权益选择器，查询用户已有权益，提供用户进行已拥有权益的选择操作，权益发放的前置操作
 * 1、目前top的接口只开了1，4，13，14 四种权益, 支付宝红包--1；流量钱包--4；优酷会员--13；彩票-- 14
 *
 * 2、目前只有"支付宝红包"有"benefit_type": "ALIPAY_COUPON",其它三个没有benefit_type
 *
 * 3、接口文档中写的 优酷会员卡--2 写错了，正确的是13（已接口返回为准）
 *
 * 4、step=2用config_id查，即1，4，13，14
 *
 * 5、step=3权益id指具体采购的权益id，可以认为是采购的主键（权益id 可以通过step=2 获得 ）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionBenefitSelector(
  client: TopClient,
  request: TaobaoPromotionBenefitSelectorRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionBenefitSelectorResponse> {
  return client.call<TaobaoPromotionBenefitSelectorResponse>(
    {
      method: 'taobao.promotion.benefit.selector',
      responseRoot: 'promotion_benefit_selector_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
