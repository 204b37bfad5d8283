// Generated from specs/scbp/alibaba.scbp.ad.group.find.ad.group.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.group.find.ad.group` (查询推广组). */
export interface AlibabaScbpAdGroupFindAdGroupRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdGroupFindAdGroupTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 入参 */
  ad_group_query: AlibabaScbpAdGroupFindAdGroupAdGroupQueryDtoInput;
}

/** Response of `alibaba.scbp.ad.group.find.ad.group`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdGroupFindAdGroupResponse {
  /** 返回结果 */
  result?: AlibabaScbpAdGroupFindAdGroupPageResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.group.find.ad.group`. */
export interface AlibabaScbpAdGroupFindAdGroupTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `AdGroupQueryDto` of `alibaba.scbp.ad.group.find.ad.group`. */
export interface AlibabaScbpAdGroupFindAdGroupAdGroupQueryDtoInput {
  /** 推广组线上状态 */
  adgroup_online_status?: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
  /** 1级分组 */
  group_lv1_id?: Int64Input;
  /** 2级分组 */
  group_lv2_id?: Int64Input;
  /** 3级分组 */
  group_lv3_id?: Int64Input;
  /** 1级类目 */
  cate_lv1_id?: Int64Input;
  /** 2级类目 */
  cate_lv2_id?: Int64Input;
  /** 3级类目 */
  cate_lv3_id?: Int64Input;
  /** 计划类型 */
  campaign_type?: Int64Input;
  /** 计划状态 */
  campaign_status?: Int64Input;
  /** 推广组id */
  ad_group_id?: Int64Input;
  /** 推广组状态 */
  ad_group_status?: Int64Input;
  /** 产品线id */
  ads_line_id?: Int64Input;
  /** 产品id */
  ads_id?: Int64Input;
  /** 标题 */
  subject?: string;
  /** 发品用户id */
  owner_member_id?: string;
  /** 排序字段 */
  order_by?: string;
  /** 正序 */
  order?: string;
  /** 页码 */
  page?: Int64Input;
  /** 每页数量 */
  size?: Int64Input;
  /** 分页 */
  paging?: boolean;
}

/** `PageResultDTO` of `alibaba.scbp.ad.group.find.ad.group`. */
export interface AlibabaScbpAdGroupFindAdGroupPageResultDTO {
  /** 返回数据 */
  result_list?: AlibabaScbpAdGroupFindAdGroupAdProductDTO[];
  /** 总数量 */
  total_count?: Int64;
  /** 错误信息 */
  key?: string;
}

/** `AdProductDTO` of `alibaba.scbp.ad.group.find.ad.group`. */
export interface AlibabaScbpAdGroupFindAdGroupAdProductDTO {
  /** 计划id */
  campaign_id?: Int64;
  /** 计划类型 */
  campaign_type?: Int64;
  /** 计划状态 */
  campaign_status?: Int64;
  /** 组id */
  ad_group_id?: Int64;
  /** 推广组状态 */
  ad_group_status?: Int64;
  /** 产品线id */
  ads_line_id?: Int64;
  /** 产品id */
  ads_id?: Int64;
  /** 主键id */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 商品id */
  product_id?: Int64;
  /** 商品标题 */
  subject?: string;
  /** 1级分组 */
  group_lv1_id?: Int64;
  /** 2级分组 */
  group_lv2_id?: Int64;
  /** 3级分组 */
  group_lv3_id?: Int64;
  /** 1级类目 */
  cate_lv1_id?: Int64;
  /** 2级类目 */
  cate_lv2_id?: Int64;
  /** 3级类目 */
  cate_lv3_id?: Int64;
  /** posting创建时间 */
  gmt_posting_create?: string;
  /** posting修改时间 */
  gmt_posting_modified?: string;
  /** 效果数据 */
  effect?: AlibabaScbpAdGroupFindAdGroupAdProductEffectDto;
}

/** `AdProductEffectDto` of `alibaba.scbp.ad.group.find.ad.group`. */
export interface AlibabaScbpAdGroupFindAdGroupAdProductEffectDto {
  /** 曝光 */
  impr_cnt?: Int64;
  /** 点击 */
  click_cnt?: Int64;
  /** 消耗(分) */
  cost_amt?: Int64;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  ad_group_query: {
    adgroup_online_status: 'Number',
    product_id: 'Number',
    group_lv1_id: 'Number',
    group_lv2_id: 'Number',
    group_lv3_id: 'Number',
    cate_lv1_id: 'Number',
    cate_lv2_id: 'Number',
    cate_lv3_id: 'Number',
    campaign_type: 'Number',
    campaign_status: 'Number',
    ad_group_id: 'Number',
    ad_group_status: 'Number',
    ads_line_id: 'Number',
    ads_id: 'Number',
    subject: 'String',
    owner_member_id: 'String',
    order_by: 'String',
    order: 'String',
    page: 'Number',
    size: 'Number',
    paging: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_list: [
      {
        campaign_id: 'Number',
        campaign_type: 'Number',
        campaign_status: 'Number',
        ad_group_id: 'Number',
        ad_group_status: 'Number',
        ads_line_id: 'Number',
        ads_id: 'Number',
        id: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        product_id: 'Number',
        subject: 'String',
        group_lv1_id: 'Number',
        group_lv2_id: 'Number',
        group_lv3_id: 'Number',
        cate_lv1_id: 'Number',
        cate_lv2_id: 'Number',
        cate_lv3_id: 'Number',
        gmt_posting_create: 'Date',
        gmt_posting_modified: 'Date',
        effect: {
          impr_cnt: 'Number',
          click_cnt: 'Number',
          cost_amt: 'Number',
        },
      },
    ],
    total_count: 'Number',
    key: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.group.find.ad.group`: method, response root, request and response schemas. */
export const alibabaScbpAdGroupFindAdGroupOperation = {
  method: 'alibaba.scbp.ad.group.find.ad.group',
  responseRoot: 'alibaba_scbp_ad_group_find_ad_group_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询推广组 — calls TOP method `alibaba.scbp.ad.group.find.ad.group`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdGroupFindAdGroup(
  client: TopClient,
  request: AlibabaScbpAdGroupFindAdGroupRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdGroupFindAdGroupResponse> {
  return client.call<AlibabaScbpAdGroupFindAdGroupResponse>(
    {
      method: 'alibaba.scbp.ad.group.find.ad.group',
      responseRoot: 'alibaba_scbp_ad_group_find_ad_group_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
