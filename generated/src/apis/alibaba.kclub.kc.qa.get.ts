// Generated from specs/kclub/alibaba.kclub.kc.qa.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.kclub.kc.qa.get` (知识云-查询单个知识详情). */
export interface AlibabaKclubKcQaGetRequest {
  /** 问题id */
  question_id: Int64Input;
  /** 过滤条件 */
  filter?: AlibabaKclubKcQaGetKcQaFilterInput;
  /** 鉴权 */
  auth: AlibabaKclubKcQaGetTenancyAuthInput;
}

/** Response of `alibaba.kclub.kc.qa.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaKclubKcQaGetResponse {
  /** 返回结果 */
  result?: AlibabaKclubKcQaGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `KcQaFilter` of `alibaba.kclub.kc.qa.get`. */
export interface AlibabaKclubKcQaGetKcQaFilterInput {
  /** 是否需要子知识 */
  need_child_knowledge?: boolean;
  /** 视角 */
  views: string[];
  /** 状态 */
  statuses?: string[];
}

/** `TenancyAuth` of `alibaba.kclub.kc.qa.get`. */
export interface AlibabaKclubKcQaGetTenancyAuthInput {
  /** 鉴权 */
  secret_key: string;
  /** 鉴权 */
  name: string;
}

/** `Result` of `alibaba.kclub.kc.qa.get`. */
export interface AlibabaKclubKcQaGetResult {
  /** 错误信息 */
  message?: string;
  /** 返回数据 */
  data?: AlibabaKclubKcQaGetKcQaRead2;
  /** 错误编码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `KcQaRead` of `alibaba.kclub.kc.qa.get`. */
export interface AlibabaKclubKcQaGetKcQaRead2 {
  /** 子知识 */
  child_qas?: AlibabaKclubKcQaGetKcQaRead[];
  /** 问题答案 */
  solutions?: AlibabaKclubKcQaGetKcQaSolution2[];
  /** 问题context */
  context?: Int64;
  /** 问题类型 */
  question_type?: Int64;
  /** 问题关联实体code */
  entity_code?: string;
  /** 问题父类目列表 */
  parent_cats?: Int64[];
  /** 问题类目路径 */
  cat_path?: string;
  /** 问题类目id */
  cat_id?: Int64;
  /** 问题租户id */
  tenant_id?: Int64;
  /** 问题状态 */
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

/** `KcQaRead` of `alibaba.kclub.kc.qa.get`. */
export interface AlibabaKclubKcQaGetKcQaRead {
  /** 子知识答案 */
  solutions?: AlibabaKclubKcQaGetKcQaSolution[];
  /** 子知识context(原kbs context) */
  context?: Int64;
  /** 子知识问题类型 */
  question_type?: Int64;
  /** 子知识关联实体code */
  entity_code?: string;
  /** 子知识父类目id列表 */
  parent_cats?: Int64[];
  /** 子知识类目路径 */
  cat_path?: string;
  /** 子知识类目id */
  cat_id?: Int64;
  /** 子知识租户 */
  tenant_id?: Int64;
  /** 子知识状态 */
  status?: Int64;
  /** 子知识标题 */
  title?: string;
  /** 子知识编辑时间 */
  gmt_modified?: string;
  /** 子知识创建时间 */
  gmt_create?: string;
  /** 子知识id */
  id?: Int64;
}

/** `KcQaSolution` of `alibaba.kclub.kc.qa.get`. */
export interface AlibabaKclubKcQaGetKcQaSolution {
  /** 子知识答案摘要 */
  summary?: string;
  /** 子知识答案视角 */
  type?: Int64;
  /** 子知识答案额外内容 */
  extra_content?: string;
  /** 子知识答案视角,逗号分隔 */
  content_view?: string;
  /** 子知识答案类型 */
  content_type?: Int64;
  /** 子知识答案 */
  content?: string;
  /** 子知识问题id */
  question_id?: Int64;
  /** 子知识答案编辑时间 */
  gmt_modified?: string;
  /** 子知识答案创建时间 */
  gmt_create?: string;
  /** 子知识答案id */
  id?: Int64;
  /** 子知识答案纯文本 */
  plain_text?: string;
}

/** `KcQaSolution` of `alibaba.kclub.kc.qa.get`. */
export interface AlibabaKclubKcQaGetKcQaSolution2 {
  /** 答案纯文本 */
  plain_text?: string;
  /** 答案摘要 */
  summary?: string;
  /** 答案视角 */
  type?: Int64;
  /** 答案额外信息 */
  extra_content?: string;
  /** 答案视角 */
  content_view?: string;
  /** 答案类型 */
  content_type?: Int64;
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
}

const REQUEST_SCHEMA = {
  question_id: 'Number',
  filter: {
    need_child_knowledge: 'Boolean',
    views: ['String'],
    statuses: ['String'],
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
      child_qas: [
        {
          solutions: [
            {
              summary: 'String',
              type: 'Number',
              extra_content: 'String',
              content_view: 'String',
              content_type: 'Number',
              content: 'String',
              question_id: 'Number',
              gmt_modified: 'Date',
              gmt_create: 'Date',
              id: 'Number',
              plain_text: 'String',
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
          plain_text: 'String',
          summary: 'String',
          type: 'Number',
          extra_content: 'String',
          content_view: 'String',
          content_type: 'Number',
          content: 'String',
          question_id: 'Number',
          gmt_modified: 'Date',
          gmt_create: 'Date',
          id: 'Number',
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
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.kclub.kc.qa.get`: method, response root, request and response schemas. */
export const alibabaKclubKcQaGetOperation = {
  method: 'alibaba.kclub.kc.qa.get',
  responseRoot: 'alibaba_kclub_kc_qa_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 知识云-查询单个知识详情 — calls TOP method `alibaba.kclub.kc.qa.get`.
 *
 * 知识云-查询单个知识详情。通过租户id、问题id查询问题详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaKclubKcQaGet(
  client: TopClient,
  request: AlibabaKclubKcQaGetRequest,
  options?: CallOptions,
): Promise<AlibabaKclubKcQaGetResponse> {
  return client.call<AlibabaKclubKcQaGetResponse>(
    {
      method: 'alibaba.kclub.kc.qa.get',
      responseRoot: 'alibaba_kclub_kc_qa_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
