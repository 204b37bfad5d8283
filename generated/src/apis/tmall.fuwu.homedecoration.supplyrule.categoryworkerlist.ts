// Generated from specs/tmallservice/tmall.fuwu.homedecoration.supplyrule.categoryworkerlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.fuwu.homedecoration.supplyrule.categoryworkerlist` (基于规则查品牌品类工人接口). */
export interface TmallFuwuHomedecorationSupplyruleCategoryworkerlistRequest {
  /** 规则唯一编号 */
  unique_no: string;
  /** 当前页数 */
  page_index?: Int64Input;
  /** 每页大小，不传默认只查20条，最大不能超过500 */
  page_size?: Int64Input;
}

/** Response of `tmall.fuwu.homedecoration.supplyrule.categoryworkerlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallFuwuHomedecorationSupplyruleCategoryworkerlistResponse {
  /** 响应结果 */
  result?: TmallFuwuHomedecorationSupplyruleCategoryworkerlistResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.fuwu.homedecoration.supplyrule.categoryworkerlist`. */
export interface TmallFuwuHomedecorationSupplyruleCategoryworkerlistResult {
  /** 当前页码 */
  page_index?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 总页数 */
  total_count?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 品牌品类工人数据 */
  data_list?: TmallFuwuHomedecorationSupplyruleCategoryworkerlistSupplyCategoryWorkerDTO[];
}

/** `SupplyCategoryWorkerDTO` of `tmall.fuwu.homedecoration.supplyrule.categoryworkerlist`. */
export interface TmallFuwuHomedecorationSupplyruleCategoryworkerlistSupplyCategoryWorkerDTO {
  /** 工人id */
  worker_id?: Int64;
  /** 工人身份证号 */
  id_number?: string;
  /** 工人手机号 */
  worker_mobile?: string;
}

const REQUEST_SCHEMA = {
  unique_no: 'String',
  page_index: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    page_index: 'Number',
    page_size: 'Number',
    total_count: 'Number',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    data_list: [
      {
        worker_id: 'Number',
        id_number: 'String',
        worker_mobile: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.fuwu.homedecoration.supplyrule.categoryworkerlist`: method, response root, request and response schemas. */
export const tmallFuwuHomedecorationSupplyruleCategoryworkerlistOperation = {
  method: 'tmall.fuwu.homedecoration.supplyrule.categoryworkerlist',
  responseRoot: 'tmall_fuwu_homedecoration_supplyrule_categoryworkerlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 基于规则查品牌品类工人接口 — calls TOP method `tmall.fuwu.homedecoration.supplyrule.categoryworkerlist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallFuwuHomedecorationSupplyruleCategoryworkerlist(
  client: TopClient,
  request: TmallFuwuHomedecorationSupplyruleCategoryworkerlistRequest,
  options?: CallOptions,
): Promise<TmallFuwuHomedecorationSupplyruleCategoryworkerlistResponse> {
  return client.call<TmallFuwuHomedecorationSupplyruleCategoryworkerlistResponse>(
    {
      method: 'tmall.fuwu.homedecoration.supplyrule.categoryworkerlist',
      responseRoot: 'tmall_fuwu_homedecoration_supplyrule_categoryworkerlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
