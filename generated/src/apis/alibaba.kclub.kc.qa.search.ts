// Generated from specs/kclub/alibaba.kclub.kc.qa.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.kclub.kc.qa.search` (知识云-知识检索). */
export interface AlibabaKclubKcQaSearchRequest {
  /** 查询参数 */
  query: AlibabaKclubKcQaSearchKcSearchQuestionQueryInput;
  /** 鉴权 */
  auth: AlibabaKclubKcQaSearchTenancyAuthInput;
}

/** Response of `alibaba.kclub.kc.qa.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaKclubKcQaSearchResponse {
  /** 搜索结果 */
  result?: AlibabaKclubKcQaSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `KcSearchQuestionQuery` of `alibaba.kclub.kc.qa.search`. */
export interface AlibabaKclubKcQaSearchKcSearchQuestionQueryInput {
  /** 租户id */
  tenant_id?: Int64Input;
  /** 租户列表 */
  tenant_id_list?: Int64Input[];
  /** 搜索字段 */
  search_string: string;
  /** 问题id */
  knowledge_id?: Int64Input;
  /** 高亮显示 */
  highlight?: boolean;
  /** 编辑人 */
  editor_id?: Int64Input;
  /** 问题类型 */
  question_type?: Int64Input;
  /** 是否需要返回内容 */
  need_content?: boolean;
  /** context列表 */
  context_list?: Int64Input[];
  /** 状态 */
  status?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 创建者id */
  creator_id?: Int64Input;
  /** 是否包含子类目 */
  include_sub_categorys?: boolean;
  /** 视角列表 */
  views?: string[];
  /** 类目id列表 */
  category_id_list?: Int64Input[];
  /** 当前页 */
  current_page?: Int64Input;
  /** 是否默认展示扩展标题 */
  display_ext_title?: boolean;
}

/** `TenancyAuth` of `alibaba.kclub.kc.qa.search`. */
export interface AlibabaKclubKcQaSearchTenancyAuthInput {
  /** 鉴权 */
  secret_key: string;
  /** 鉴权 */
  name: string;
}

/** `Result` of `alibaba.kclub.kc.qa.search`. */
export interface AlibabaKclubKcQaSearchResult {
  /** 错误信息 */
  message?: string;
  /** 返回数据列表 */
  data_list?: AlibabaKclubKcQaSearchKcSearchQuestion[];
  /** 错误编码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `KcSearchQuestion` of `alibaba.kclub.kc.qa.search`. */
export interface AlibabaKclubKcQaSearchKcSearchQuestion {
  /** 问题关联的实体code */
  entity_code?: string;
  /** 问题类型 */
  question_type?: Int64;
  /** 编辑人名称 */
  modified_user_name?: string;
  /** 创建人名称 */
  create_user_name?: string;
  /** 租户id */
  tenant_id?: Int64;
  /** 状态 */
  status?: Int64;
  /** 标题分词 */
  title_segment?: string;
  /** 标题 */
  title?: string;
  /** 编辑时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 问题id */
  id?: Int64;
  /** 问题类型：0-普通/1-引用 */
  type?: Int64;
  /** 问题id */
  question_id?: Int64;
  /** 是否相似标题 */
  is_similar_title?: Int64;
  /** 来源：草稿表-0/正式表-1 */
  source?: Int64;
  /** 版本号 */
  version?: Int64;
  /** qa 失效时间 */
  end_date?: string;
  /** qa 生效时间 */
  start_date?: string;
  /** 类目id */
  cat_id?: Int64;
  /** 额外字段 */
  ext?: string;
  /** 类目名称 */
  cat_name?: string;
  /** 类目路径 */
  cat_path_name?: string;
  /** 相似问题主键id */
  similar_id?: Int64;
  /** catId 路径 */
  cat_id_path_list?: Int64[];
  /** 记录唯一编码 */
  uuid?: string;
  /** 得分 */
  score?: string;
  /** 相似标题 */
  similar_title?: string;
}

const REQUEST_SCHEMA = {
  query: {
    tenant_id: 'Number',
    tenant_id_list: ['Number'],
    search_string: 'String',
    knowledge_id: 'Number',
    highlight: 'Boolean',
    editor_id: 'Number',
    question_type: 'Number',
    need_content: 'Boolean',
    context_list: ['Number'],
    status: 'Number',
    page_size: 'Number',
    creator_id: 'Number',
    include_sub_categorys: 'Boolean',
    views: ['String'],
    category_id_list: ['Number'],
    current_page: 'Number',
    display_ext_title: 'Boolean',
  },
  auth: {
    secret_key: 'String',
    name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data_list: [
      {
        entity_code: 'String',
        question_type: 'Number',
        modified_user_name: 'String',
        create_user_name: 'String',
        tenant_id: 'Number',
        status: 'Number',
        title_segment: 'String',
        title: 'String',
        gmt_modified: 'Date',
        gmt_create: 'Date',
        id: 'Number',
        type: 'Number',
        question_id: 'Number',
        is_similar_title: 'Number',
        source: 'Number',
        version: 'Number',
        end_date: 'Date',
        start_date: 'Date',
        cat_id: 'Number',
        ext: 'String',
        cat_name: 'String',
        cat_path_name: 'String',
        similar_id: 'Number',
        cat_id_path_list: ['Number'],
        uuid: 'String',
        score: 'String',
        similar_title: 'String',
      },
    ],
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.kclub.kc.qa.search`: method, response root, request and response schemas. */
export const alibabaKclubKcQaSearchOperation = {
  method: 'alibaba.kclub.kc.qa.search',
  responseRoot: 'alibaba_kclub_kc_qa_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 知识云-知识检索 — calls TOP method `alibaba.kclub.kc.qa.search`.
 *
 * 知识云-知识搜索服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaKclubKcQaSearch(
  client: TopClient,
  request: AlibabaKclubKcQaSearchRequest,
  options?: CallOptions,
): Promise<AlibabaKclubKcQaSearchResponse> {
  return client.call<AlibabaKclubKcQaSearchResponse>(
    {
      method: 'alibaba.kclub.kc.qa.search',
      responseRoot: 'alibaba_kclub_kc_qa_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
