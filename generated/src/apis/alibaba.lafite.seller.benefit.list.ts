// Generated from specs/promotion/alibaba.lafite.seller.benefit.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lafite.seller.benefit.list` (商家自运营权益列表). */
export interface AlibabaLafiteSellerBenefitListRequest {
  /** 查询参数 */
  benefit_read_top_query: AlibabaLafiteSellerBenefitListBenefitReadTopQueryInput;
}

/** Response of `alibaba.lafite.seller.benefit.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLafiteSellerBenefitListResponse {
  /** 接口返回model */
  result?: AlibabaLafiteSellerBenefitListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BenefitReadTopQuery` of `alibaba.lafite.seller.benefit.list`. */
export interface AlibabaLafiteSellerBenefitListBenefitReadTopQueryInput {
  /** 状态,online,offline,invalid */
  statuses?: string[];
  /** 每页记录数 */
  page_size?: Int64Input;
  /** 业务来源 */
  source: string;
  /** 当前页 */
  current_page?: Int64Input;
  /** 权益发放开始时间大于该值 */
  start_time_begin?: DateInput;
  /** 权益发放开始时间小于该值 */
  start_time_end?: DateInput;
  /** 权益发放结束时间小于该值 */
  end_time_end?: DateInput;
  /** 权益发放结束时间大于该值 */
  end_time_begin?: DateInput;
  /** 权益类型 */
  benefit_type?: string;
}

/** `Result` of `alibaba.lafite.seller.benefit.list`. */
export interface AlibabaLafiteSellerBenefitListResult {
  /** 返回查询结果 */
  data?: AlibabaLafiteSellerBenefitListPage;
  /** 错误信息 */
  msg?: string;
  /** 错误码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Page` of `alibaba.lafite.seller.benefit.list`. */
export interface AlibabaLafiteSellerBenefitListPage {
  /** 当前页 */
  current_page?: Int64;
  /** 每页记录数 */
  page_size?: Int64;
  /** 总记录数 */
  total_count?: Int64;
  /** 返回查询数据 */
  data_list?: AlibabaLafiteSellerBenefitListBenefitDto[];
}

/** `BenefitDto` of `alibaba.lafite.seller.benefit.list`. */
export interface AlibabaLafiteSellerBenefitListBenefitDto {
  /** 权益code */
  code?: string;
  /** 权益类型 */
  type?: string;
  /** 权益名称 */
  name?: string;
  /** 权益描述 */
  description?: string;
  /** 状态,online,offline,invalid */
  status?: string;
  /** 关联的权益池id */
  benefit_pool_id?: Int64;
  /** 权益发放开始时间 */
  start_date?: string;
  /** 权益发放结束时间 */
  end_date?: string;
  /** 权益库存总数，当sendMode是fixedAmount时表示总库存个数，当sendMode为dynamicAmount时表示库存总面额，单位为分 */
  total?: Int64;
  /** 发放量，当sendMode是fixedAmount时表示已发放个数，当sendMode为dynamicAmount时表示已发放面额，单位为分 */
  bestow?: Int64;
  /** 总个数，当sendMode为dynamicAmount时表示已发放面额，单位为分 */
  total_num?: Int64;
  /** 发放模式,fixedAmount,dynamicAmount */
  send_mode?: string;
  /** 创建者昵称 */
  creator_user_name?: string;
  /** 修改者昵称 */
  modifier_user_name?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 权益id */
  id?: Int64;
  /** 扩展字段 */
  feature?: string;
}

const REQUEST_SCHEMA = {
  benefit_read_top_query: {
    statuses: ['String'],
    page_size: 'Number',
    source: 'String',
    current_page: 'Number',
    start_time_begin: 'Date',
    start_time_end: 'Date',
    end_time_end: 'Date',
    end_time_begin: 'Date',
    benefit_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      current_page: 'Number',
      page_size: 'Number',
      total_count: 'Number',
      data_list: [
        {
          code: 'String',
          type: 'String',
          name: 'String',
          description: 'String',
          status: 'String',
          benefit_pool_id: 'Number',
          start_date: 'Date',
          end_date: 'Date',
          total: 'Number',
          bestow: 'Number',
          total_num: 'Number',
          send_mode: 'String',
          creator_user_name: 'String',
          modifier_user_name: 'String',
          gmt_create: 'Date',
          gmt_modified: 'Date',
          id: 'Number',
          feature: 'String',
        },
      ],
    },
    msg: 'String',
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lafite.seller.benefit.list`: method, response root, request and response schemas. */
export const alibabaLafiteSellerBenefitListOperation = {
  method: 'alibaba.lafite.seller.benefit.list',
  responseRoot: 'alibaba_lafite_seller_benefit_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家自运营权益列表 — calls TOP method `alibaba.lafite.seller.benefit.list`.
 *
 * 小程序isv可使用该接口获取权益列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLafiteSellerBenefitList(
  client: TopClient,
  request: AlibabaLafiteSellerBenefitListRequest,
  options?: CallOptions,
): Promise<AlibabaLafiteSellerBenefitListResponse> {
  return client.call<AlibabaLafiteSellerBenefitListResponse>(
    {
      method: 'alibaba.lafite.seller.benefit.list',
      responseRoot: 'alibaba_lafite_seller_benefit_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
