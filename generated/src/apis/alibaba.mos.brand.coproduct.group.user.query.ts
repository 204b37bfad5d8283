// Generated from specs/mos/alibaba.mos.brand.coproduct.group.user.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.brand.coproduct.group.user.query` (按照条件查询分页数据). */
export interface AlibabaMosBrandCoproductGroupUserQueryRequest {
  /** 查询条件 */
  brand_co_product_group_user_query_param?: AlibabaMosBrandCoproductGroupUserQueryBrandCoProductGroupUserQueryParamInput;
}

/** Response of `alibaba.mos.brand.coproduct.group.user.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosBrandCoproductGroupUserQueryResponse {
  /** 调用链id */
  trace_id?: string;
  /** 异步结果 */
  async_result?: string;
  /** 组员列表信息 */
  data?: AlibabaMosBrandCoproductGroupUserQueryBrandCoProductGroupUserDTO[];
  /** 调用是否成功 */
  issuccess?: boolean;
  /** 错误code */
  errcode?: string;
  /** 是否同步 */
  is_async?: boolean;
  /** 扩展字段 */
  attributes?: string | Record<string, unknown>;
  /** 错误信息 */
  err_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BrandCoProductGroupUserQueryParam` of `alibaba.mos.brand.coproduct.group.user.query`. */
export interface AlibabaMosBrandCoproductGroupUserQueryBrandCoProductGroupUserQueryParamInput {
  /** 上一页最大id */
  pre_max_id?: Int64Input;
  /** 当前页数 */
  page_no?: Int64Input;
  /** 分页条数 */
  page_size?: Int64Input;
  /** 业务时间 */
  business_time?: DateInput;
}

/** `BrandCoProductGroupUserDTO` of `alibaba.mos.brand.coproduct.group.user.query`. */
export interface AlibabaMosBrandCoproductGroupUserQueryBrandCoProductGroupUserDTO {
  /** 组员数据id */
  id?: Int64;
  /** 数据创建时间 */
  gmt_create?: string;
  /** 数据修改时间 */
  gmt_modified?: string;
  /** 品牌名称 */
  gz_name_cn?: string;
  /** 主责任工号 */
  main_work_no?: string;
  /** 主责任姓名 */
  main_name?: string;
  /** 组员姓名 */
  member_name?: string;
  /** 组员工号 */
  member_work_no?: string;
  /** 承包方式 */
  contract_type?: string;
  /** 开始时间 */
  start_date?: string;
  /** 结束时间 */
  end_date?: string;
}

const REQUEST_SCHEMA = {
  brand_co_product_group_user_query_param: {
    pre_max_id: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    business_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  async_result: 'String',
  data: [
    {
      id: 'Number',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      gz_name_cn: 'String',
      main_work_no: 'String',
      main_name: 'String',
      member_name: 'String',
      member_work_no: 'String',
      contract_type: 'String',
      start_date: 'Date',
      end_date: 'Date',
    },
  ],
  issuccess: 'Boolean',
  errcode: 'String',
  is_async: 'Boolean',
  attributes: 'Json',
  err_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.brand.coproduct.group.user.query`: method, response root, request and response schemas. */
export const alibabaMosBrandCoproductGroupUserQueryOperation = {
  method: 'alibaba.mos.brand.coproduct.group.user.query',
  responseRoot: 'alibaba_mos_brand_coproduct_group_user_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按照条件查询分页数据 — calls TOP method `alibaba.mos.brand.coproduct.group.user.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosBrandCoproductGroupUserQuery(
  client: TopClient,
  request: AlibabaMosBrandCoproductGroupUserQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosBrandCoproductGroupUserQueryResponse> {
  return client.call<AlibabaMosBrandCoproductGroupUserQueryResponse>(
    {
      method: 'alibaba.mos.brand.coproduct.group.user.query',
      responseRoot: 'alibaba_mos_brand_coproduct_group_user_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
