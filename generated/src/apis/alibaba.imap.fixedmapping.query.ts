// Generated from specs/category/alibaba.imap.fixedmapping.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.imap.fixedmapping.query` (查询两个渠道之间的固定映射关系，不通过算法兜底). */
export interface AlibabaImapFixedmappingQueryRequest {
  /** 密码 */
  password?: string;
  /** 账号 */
  app_name?: string;
  /** 源渠道ID */
  src_channel_id?: Int64Input;
  /**
   * 目标渠道ID列表
   *
   * Max list size: 20
   */
  target_channel_id_list?: Int64Input[];
  /** 目标渠道ID */
  target_category_id?: Int64Input;
  /** 源类目ID */
  src_category_id?: Int64Input;
}

/** Response of `alibaba.imap.fixedmapping.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaImapFixedmappingQueryResponse {
  /** 接口返回model */
  result?: AlibabaImapFixedmappingQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.imap.fixedmapping.query`. */
export interface AlibabaImapFixedmappingQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** list参数 */
  top_imap_union_category_path_do_list?: AlibabaImapFixedmappingQueryTopImapUnionCategoryPathDo[];
  /** 错误信息 */
  error_msg?: string;
}

/** `TopImapUnionCategoryPathDo` of `alibaba.imap.fixedmapping.query`. */
export interface AlibabaImapFixedmappingQueryTopImapUnionCategoryPathDo {
  /** 五级类目ID */
  l5_cat_id?: Int64;
  /** 叶子类目名称 */
  leaf_cat_name?: string;
  /** 三级类目ID */
  l3_cat_id?: Int64;
  /** 是否叶子类目 */
  leaf?: boolean;
  /** 叶子类目ID */
  leaf_cat_id?: Int64;
  /** 一级类目ID */
  l1_cat_id?: Int64;
  /** 四级类目名称 */
  l4_cat_name?: string;
  /** 二级类目名称 */
  l2_cat_name?: string;
  /** 三级类目名称 */
  l3_cat_name?: string;
  /** 四级类目ID */
  l4_cat_id?: Int64;
  /** 五级类目名称 */
  l5_cat_name?: string;
  /** 二级类目ID */
  l2_cat_id?: Int64;
  /** 一级类目名称 */
  l1_cat_name?: string;
  /** 渠道ID */
  channel_id?: Int64;
}

const REQUEST_SCHEMA = {
  password: 'String',
  app_name: 'String',
  src_channel_id: 'Number',
  target_channel_id_list: ['Number'],
  target_category_id: 'Number',
  src_category_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    top_imap_union_category_path_do_list: [
      {
        l5_cat_id: 'Number',
        leaf_cat_name: 'String',
        l3_cat_id: 'Number',
        leaf: 'Boolean',
        leaf_cat_id: 'Number',
        l1_cat_id: 'Number',
        l4_cat_name: 'String',
        l2_cat_name: 'String',
        l3_cat_name: 'String',
        l4_cat_id: 'Number',
        l5_cat_name: 'String',
        l2_cat_id: 'Number',
        l1_cat_name: 'String',
        channel_id: 'Number',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.imap.fixedmapping.query`: method, response root, request and response schemas. */
export const alibabaImapFixedmappingQueryOperation = {
  method: 'alibaba.imap.fixedmapping.query',
  responseRoot: 'alibaba_imap_fixedmapping_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询两个渠道之间的固定映射关系，不通过算法兜底 — calls TOP method `alibaba.imap.fixedmapping.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaImapFixedmappingQuery(
  client: TopClient,
  request: AlibabaImapFixedmappingQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaImapFixedmappingQueryResponse> {
  return client.call<AlibabaImapFixedmappingQueryResponse>(
    {
      method: 'alibaba.imap.fixedmapping.query',
      responseRoot: 'alibaba_imap_fixedmapping_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
