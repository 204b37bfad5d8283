// Generated from specs/maitix/alibaba.damai.maitix.project.distribution.detail.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.project.distribution.detail.query` (大麦分销项目内容详情查询). */
export interface AlibabaDamaiMaitixProjectDistributionDetailQueryRequest {
  /** 项目ID，前提已授权 */
  project_id: Int64Input;
}

/** Response of `alibaba.damai.maitix.project.distribution.detail.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixProjectDistributionDetailQueryResponse {
  /** 接口返回model */
  result?: AlibabaDamaiMaitixProjectDistributionDetailQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.damai.maitix.project.distribution.detail.query`. */
export interface AlibabaDamaiMaitixProjectDistributionDetailQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** model */
  model?: AlibabaDamaiMaitixProjectDistributionDetailQueryOpenProjectDetailDto;
  /** 错误信息 */
  error_msg?: string;
}

/** `OpenProjectDetailDto` of `alibaba.damai.maitix.project.distribution.detail.query`. */
export interface AlibabaDamaiMaitixProjectDistributionDetailQueryOpenProjectDetailDto {
  /** 儿童购票说明 */
  children_notice?: string;
  /** 自助取票 */
  self_get_ticket_notice?: string;
  /** 演出开售时间 */
  show_start_time?: string;
  /** 限购说明 */
  limit_notice?: string;
  /** 寄存说明 */
  deposit_info?: string;
  /** 演出详情 */
  show_detail?: string;
  /** 实名制购票 */
  real_name_notice?: string;
  /** 禁止携带物品说明 */
  prohibited_items?: string;
  /** 演出海报图 */
  show_pic?: string;
  /** 退换政策 */
  policy_of_return?: string;
  /** 入场说明 */
  entrance_notice?: string;
  /** 项目名称 */
  project_name?: string;
  /** 项目分类编码 */
  classify_code?: Int64;
  /** 二级项目分类名称 */
  sub_classify_name?: string;
  /** 是否支持选座 */
  choice_seat_notice?: string;
  /** 电子票入场提示 */
  eticket_notice?: string;
  /** 项目id */
  project_id?: Int64;
  /** 演出销售结束时间 */
  show_end_time?: string;
  /** 项目分类名称 */
  classify_name?: string;
  /** 二级项目分类编码 */
  sub_classify_code?: Int64;
  /** 艺人JSON */
  artists?: string;
  /** 品牌JSON */
  ip_card?: string;
  /** 演出时间 */
  show_time?: string;
  /** 取票类型1-无纸化,2-快递票,3-自助换票,4-门店自取。1、3属于电子票换票方式,2、4属于纸质票取票方式 */
  delivery_types?: string;
  /** 发货城市，国标http://www.mca.gov.cn/article/sj/xzqh/2019/2019/201912251506.html */
  post_city?: string;
  /** 上门自取地址 */
  pickup_address_list?: string;
  /** 演出时间说明 */
  perform_time_detail_list?: string;
  /** 项目单次限购数量 */
  purchase_limitation_once?: Int64;
  /** 大麦商品id */
  damai_item_id?: Int64;
}

const REQUEST_SCHEMA = {
  project_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    model: {
      children_notice: 'String',
      self_get_ticket_notice: 'String',
      show_start_time: 'Date',
      limit_notice: 'String',
      deposit_info: 'String',
      show_detail: 'String',
      real_name_notice: 'String',
      prohibited_items: 'String',
      show_pic: 'String',
      policy_of_return: 'String',
      entrance_notice: 'String',
      project_name: 'String',
      classify_code: 'Number',
      sub_classify_name: 'String',
      choice_seat_notice: 'String',
      eticket_notice: 'String',
      project_id: 'Number',
      show_end_time: 'Date',
      classify_name: 'String',
      sub_classify_code: 'Number',
      artists: 'String',
      ip_card: 'String',
      show_time: 'String',
      delivery_types: 'String',
      post_city: 'String',
      pickup_address_list: 'String',
      perform_time_detail_list: 'String',
      purchase_limitation_once: 'Number',
      damai_item_id: 'Number',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.project.distribution.detail.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixProjectDistributionDetailQueryOperation = {
  method: 'alibaba.damai.maitix.project.distribution.detail.query',
  responseRoot: 'alibaba_damai_maitix_project_distribution_detail_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦分销项目内容详情查询 — calls TOP method `alibaba.damai.maitix.project.distribution.detail.query`.
 *
 * 大麦分销项目内容详情查询，提供项目的内容详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixProjectDistributionDetailQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixProjectDistributionDetailQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixProjectDistributionDetailQueryResponse> {
  return client.call<AlibabaDamaiMaitixProjectDistributionDetailQueryResponse>(
    {
      method: 'alibaba.damai.maitix.project.distribution.detail.query',
      responseRoot: 'alibaba_damai_maitix_project_distribution_detail_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
