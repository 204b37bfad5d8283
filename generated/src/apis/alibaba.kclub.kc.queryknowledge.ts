// Generated from specs/kclub/alibaba.kclub.kc.queryknowledge.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.kclub.kc.queryknowledge` (知识云-通用知识查询服务). */
export interface AlibabaKclubKcQueryknowledgeRequest {
  /** 查询条件 */
  kc_qa_query?: AlibabaKclubKcQueryknowledgeKcQaQueryInput;
  /** 鉴权 */
  auth: AlibabaKclubKcQueryknowledgeTenancyAuthInput;
}

/** Response of `alibaba.kclub.kc.queryknowledge`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaKclubKcQueryknowledgeResponse {
  /** 结果 */
  result?: AlibabaKclubKcQueryknowledgeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `KcQaQuery` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgeKcQaQueryInput {
  /** 租户id */
  tenant_id?: Int64Input;
  /** context列表 */
  context_list?: Int64Input[];
  /** 状态 */
  status?: Int64Input;
  /** 问题类型列表 */
  question_types?: string[];
  /** context */
  context?: Int64Input;
  /** 页大小 */
  page_size?: Int64Input;
  /** 状态列表 */
  status_list?: string[];
  /** 类目id */
  cat_id: Int64Input;
  /** 当前页 */
  current_page?: Int64Input;
  /** 问题类型 */
  question_type?: Int64Input;
  /** 排序对象 */
  sorter_config?: AlibabaKclubKcQueryknowledgeSorterConfigInput;
  /** 视角过滤 */
  views?: string[];
}

/** `SorterConfig` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgeSorterConfigInput {
  /** 顺序 */
  order?: string;
  /** 排序字段 */
  field?: string;
}

/** `TenancyAuth` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgeTenancyAuthInput {
  /** 鉴权 */
  secret_key: string;
  /** 鉴权 */
  name: string;
}

/** `Result` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgeResult {
  /** 错误信息 */
  message?: string;
  /** 返回数据 */
  data?: AlibabaKclubKcQueryknowledgePaging;
  /** 错误编码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Paging` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgePaging {
  /** 数据内容列表 */
  data_list?: AlibabaKclubKcQueryknowledgeKcQaReadDto2[];
  /** 记录数 */
  row_count?: Int64;
  /** 页码大小 */
  page_size?: Int64;
  /** 页号 */
  page_no?: Int64;
}

/** `KcQaReadDto` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgeKcQaReadDto2 {
  /** 类目路径 */
  cat_path?: string;
  /** 类目id */
  cat_id?: Int64;
  /** 租户id */
  tenant_id?: Int64;
  /** 状态 */
  status?: Int64;
  /** 知识标题 */
  title?: string;
  /** 编辑时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 问题id */
  id?: Int64;
  /** 子知识 */
  child_qas?: AlibabaKclubKcQueryknowledgeKcQaReadDto[];
  /** 问题答案 */
  solutions?: AlibabaKclubKcQueryknowledgeKcQaSolutionDto2[];
  /** 问题类型(原kbs context) */
  context?: Int64;
  /** 问题类型 */
  question_type?: Int64;
  /** 关联的实体code */
  entity_code?: string;
  /** 父类目id */
  parent_cats?: Int64[];
  /** qa的访问量 */
  qa_pv?: AlibabaKclubKcQueryknowledgeQaPvDto;
}

/** `KcQaReadDto` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgeKcQaReadDto {
  /** 子知识答案 */
  solutions?: AlibabaKclubKcQueryknowledgeKcQaSolutionDto[];
  /** 问题答案 */
  context?: Int64;
  /** 问题类型 */
  question_type?: Int64;
  /** 问题关联实体code */
  entity_code?: string;
  /** 父类目列表 */
  parent_cats?: Int64[];
  /** 类目路径 */
  cat_path?: string;
  /** 类目id */
  cat_id?: Int64;
  /** 租户id */
  tenant_id?: Int64;
  /** 状态 */
  status?: Int64;
  /** 问题标题 */
  title?: string;
  /** 问题编辑时间 */
  gmt_modified?: string;
  /** 问题创建时间 */
  gmt_create?: string;
  /** 问题id */
  id?: Int64;
}

/** `KcQaSolutionDto` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgeKcQaSolutionDto {
  /** 子知识问题id */
  question_id?: Int64;
  /** 子知识编辑时间 */
  gmt_modified?: string;
  /** 子知识创建时间 */
  gmt_create?: string;
  /** 子知识答案id */
  id?: Int64;
  /** 子知识答案纯文本 */
  plain_text?: string;
  /** 子知识答案摘要 */
  summary?: string;
  /** 子知识答案视角 */
  type?: Int64;
  /** 子知识答案额外内容 */
  extra_content?: string;
  /** 子知识答案内容视角 */
  content_view?: string;
  /** 子知识答案内容类型 */
  content_type?: Int64;
  /** 子知识答案富文本内容 */
  content?: string;
}

/** `KcQaSolutionDto` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgeKcQaSolutionDto2 {
  /** 答案内容 */
  content?: string;
  /** 问题id */
  question_id?: Int64;
  /** 答案编辑时间 */
  gmt_modified?: string;
  /** 答案创建时间 */
  gmt_create?: string;
  /** 答案id */
  id?: Int64;
  /** 答案纯文本 */
  plain_text?: string;
  /** 答案摘要 */
  summary?: string;
  /** 答案视角 */
  type?: Int64;
  /** 答案额外内容 */
  extra_content?: string;
  /** 答案视角 */
  content_view?: string;
  /** 答案类型 */
  content_type?: Int64;
}

/** `QaPvDto` of `alibaba.kclub.kc.queryknowledge`. */
export interface AlibabaKclubKcQueryknowledgeQaPvDto {
  /** 十天访问量 */
  ten_day_pv?: Int64;
  /** 7天访问量 */
  seven_day_pv?: Int64;
  /** 5天访问量 */
  five_day_pv?: Int64;
  /** 3天访问量 */
  three_day_pv?: Int64;
  /** 1天访问量 */
  one_day_pv?: Int64;
}

const REQUEST_SCHEMA = {
  kc_qa_query: {
    tenant_id: 'Number',
    context_list: ['Number'],
    status: 'Number',
    question_types: ['String'],
    context: 'Number',
    page_size: 'Number',
    status_list: ['String'],
    cat_id: 'Number',
    current_page: 'Number',
    question_type: 'Number',
    sorter_config: {
      order: 'String',
      field: 'String',
    },
    views: ['String'],
  },
  auth: {
    secret_key: 'String',
    name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data: {
      data_list: [
        {
          cat_path: 'String',
          cat_id: 'Number',
          tenant_id: 'Number',
          status: 'Number',
          title: 'String',
          gmt_modified: 'Date',
          gmt_create: 'Date',
          id: 'Number',
          child_qas: [
            {
              solutions: [
                {
                  question_id: 'Number',
                  gmt_modified: 'Date',
                  gmt_create: 'Date',
                  id: 'Number',
                  plain_text: 'String',
                  summary: 'String',
                  type: 'Number',
                  extra_content: 'String',
                  content_view: 'String',
                  content_type: 'Number',
                  content: 'String',
                },
              ],
              context: 'Number',
              question_type: 'Number',
              entity_code: 'String',
              parent_cats: ['Number'],
              cat_path: 'String',
              cat_id: 'Number',
              tenant_id: 'Number',
              status: 'Number',
              title: 'String',
              gmt_modified: 'Date',
              gmt_create: 'Date',
              id: 'Number',
            },
          ],
          solutions: [
            {
              content: 'String',
              question_id: 'Number',
              gmt_modified: 'Date',
              gmt_create: 'Date',
              id: 'Number',
              plain_text: 'String',
              summary: 'String',
              type: 'Number',
              extra_content: 'String',
              content_view: 'String',
              content_type: 'Number',
            },
          ],
          context: 'Number',
          question_type: 'Number',
          entity_code: 'String',
          parent_cats: ['Number'],
          qa_pv: {
            ten_day_pv: 'Number',
            seven_day_pv: 'Number',
            five_day_pv: 'Number',
            three_day_pv: 'Number',
            one_day_pv: 'Number',
          },
        },
      ],
      row_count: 'Number',
      page_size: 'Number',
      page_no: 'Number',
    },
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.kclub.kc.queryknowledge`: method, response root, request and response schemas. */
export const alibabaKclubKcQueryknowledgeOperation = {
  method: 'alibaba.kclub.kc.queryknowledge',
  responseRoot: 'alibaba_kclub_kc_queryknowledge_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 知识云-通用知识查询服务 — calls TOP method `alibaba.kclub.kc.queryknowledge`.
 *
 * 知识云-通用知识查询服务。通过租户id、类目id、知识类型、知识状态等条件查询类目。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaKclubKcQueryknowledge(
  client: TopClient,
  request: AlibabaKclubKcQueryknowledgeRequest,
  options?: CallOptions,
): Promise<AlibabaKclubKcQueryknowledgeResponse> {
  return client.call<AlibabaKclubKcQueryknowledgeResponse>(
    {
      method: 'alibaba.kclub.kc.queryknowledge',
      responseRoot: 'alibaba_kclub_kc_queryknowledge_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
