// Generated from specs/drug/alibaba.alihealth.nr.spu.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.nr.spu.query` (获取标品库标品信息). */
export interface AlibabaAlihealthNrSpuQueryRequest {
  /** 标品查询条件 */
  query?: AlibabaAlihealthNrSpuQueryTopAlihealthSpuQueryInput;
  /** 查询选择器 */
  options?: AlibabaAlihealthNrSpuQueryTopAlihealthSpuQueryOptionsInput;
}

/** Response of `alibaba.alihealth.nr.spu.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthNrSpuQueryResponse {
  /** 结果 */
  result?: AlibabaAlihealthNrSpuQueryResponseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopAlihealthSpuQuery` of `alibaba.alihealth.nr.spu.query`. */
export interface AlibabaAlihealthNrSpuQueryTopAlihealthSpuQueryInput {
  /** 69码 */
  barcode?: string;
  /** 批准文号 */
  approval_number?: string;
  /** 通用名称 */
  title?: string;
  /** 规格 */
  specification?: string;
  /** 生产厂商 */
  manufacturer?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 是否只搜索药品 */
  only_drug?: boolean;
  /** 开放id */
  open_id?: Int64Input;
  /** 偏移量 */
  offset?: Int64Input;
  /** 当前页码 */
  page_no?: Int64Input;
  /** 每页条数，0不分页，返回全部 */
  page_size?: Int64Input;
  /** 药品SPUID */
  spu_id?: Int64Input;
}

/** `TopAlihealthSpuQueryOptions` of `alibaba.alihealth.nr.spu.query`. */
export interface AlibabaAlihealthNrSpuQueryTopAlihealthSpuQueryOptionsInput {
  /** 查询选择器，是否查询说明书信息 */
  include_instruction?: boolean;
}

/** `ResponseResult` of `alibaba.alihealth.nr.spu.query`. */
export interface AlibabaAlihealthNrSpuQueryResponseResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 结果 */
  result?: AlibabaAlihealthNrSpuQueryPageResponse;
}

/** `PageResponse` of `alibaba.alihealth.nr.spu.query`. */
export interface AlibabaAlihealthNrSpuQueryPageResponse {
  /** 当前页码 */
  current_page?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 总条数 */
  total_count?: Int64;
  /** 结果列表 */
  spus?: AlibabaAlihealthNrSpuQueryTopAlihealthSpuQuery[];
}

/** `TopAlihealthSpuQuery` of `alibaba.alihealth.nr.spu.query`. */
export interface AlibabaAlihealthNrSpuQueryTopAlihealthSpuQuery {
  /** 开放id */
  open_id?: Int64;
  /** 69码 */
  barcode?: string;
  /** 国药准字 */
  approval_number?: string;
  /** 通用名称 */
  title?: string;
  /** spu标题 */
  product_title?: string;
  /** 别名，也就是商品名称 */
  title_alias?: string;
  /** 规格 */
  specification?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 生产厂商 */
  manufacturer?: string;
  /** 药物说明书信息 */
  alihealth_drug_instruction_d_t_o?: AlibabaAlihealthNrSpuQueryTopAlihealthDrugInstructionDto;
  /** 药品SPUid */
  spu_id?: Int64;
}

/** `TopAlihealthDrugInstructionDto` of `alibaba.alihealth.nr.spu.query`. */
export interface AlibabaAlihealthNrSpuQueryTopAlihealthDrugInstructionDto {
  /** 功能主治 */
  purpose?: string;
  /** 禁忌 */
  taboo?: string;
  /** 注意事项 */
  notes?: string;
  /** 儿童提醒 */
  child_reminder?: string;
  /** 孕妇提醒 */
  gravida_reminder?: string;
  /** 老人提醒 */
  old_man_reminder?: string;
  /** 不良反应 */
  adr?: string;
  /** 药物成分 */
  ingredient?: string;
  /** 药品性状 */
  traits?: string;
  /** 药物相互作用 */
  interaction?: string;
  /** 药理作用 */
  pharmacological_effects?: string;
  /** 用法用量 */
  dosage?: string;
}

const REQUEST_SCHEMA = {
  query: {
    barcode: 'String',
    approval_number: 'String',
    title: 'String',
    specification: 'String',
    manufacturer: 'String',
    brand_name: 'String',
    only_drug: 'Boolean',
    open_id: 'Number',
    offset: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    spu_id: 'Number',
  },
  options: {
    include_instruction: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    result: {
      current_page: 'Number',
      total_page: 'Number',
      total_count: 'Number',
      spus: [
        {
          open_id: 'Number',
          barcode: 'String',
          approval_number: 'String',
          title: 'String',
          product_title: 'String',
          title_alias: 'String',
          specification: 'String',
          brand_name: 'String',
          manufacturer: 'String',
          alihealth_drug_instruction_d_t_o: {
            purpose: 'String',
            taboo: 'String',
            notes: 'String',
            child_reminder: 'String',
            gravida_reminder: 'String',
            old_man_reminder: 'String',
            adr: 'String',
            ingredient: 'String',
            traits: 'String',
            interaction: 'String',
            pharmacological_effects: 'String',
            dosage: 'String',
          },
          spu_id: 'Number',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.nr.spu.query`: method, response root, request and response schemas. */
export const alibabaAlihealthNrSpuQueryOperation = {
  method: 'alibaba.alihealth.nr.spu.query',
  responseRoot: 'alibaba_alihealth_nr_spu_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取标品库标品信息 — calls TOP method `alibaba.alihealth.nr.spu.query`.
 *
 * 提供给ERP使用的，获取健康标品库信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthNrSpuQuery(
  client: TopClient,
  request: AlibabaAlihealthNrSpuQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthNrSpuQueryResponse> {
  return client.call<AlibabaAlihealthNrSpuQueryResponse>(
    {
      method: 'alibaba.alihealth.nr.spu.query',
      responseRoot: 'alibaba_alihealth_nr_spu_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
