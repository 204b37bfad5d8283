// Generated from specs/tmallservice/tmall.fuwu.homedecoration.supplyrule.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.fuwu.homedecoration.supplyrule.list` (查询供给规则接口). */
export interface TmallFuwuHomedecorationSupplyruleListRequest {
  /** 每页大小，不传默认只查20条，最大不能超过500 */
  page_size?: Int64Input;
  /** 当前页数 */
  page_index?: Int64Input;
  /** 业务唯一编号 */
  unique_no?: string;
}

/** Response of `tmall.fuwu.homedecoration.supplyrule.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallFuwuHomedecorationSupplyruleListResponse {
  /** 响应结果 */
  result?: TmallFuwuHomedecorationSupplyruleListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.fuwu.homedecoration.supplyrule.list`. */
export interface TmallFuwuHomedecorationSupplyruleListResult {
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
  /** 规则数据 */
  data_list?: TmallFuwuHomedecorationSupplyruleListSupplyConfigRuleDTO[];
}

/** `SupplyConfigRuleDTO` of `tmall.fuwu.homedecoration.supplyrule.list`. */
export interface TmallFuwuHomedecorationSupplyruleListSupplyConfigRuleDTO {
  /** 规则唯一编号 */
  unique_no?: string;
  /** servicecode */
  service_code?: string;
  /** 店铺名称 */
  shop_name?: string;
  /** 叶子类目 名称 */
  category_name?: string;
  /** 工人校验类型（高级工人/品牌品类工人） */
  worker_check_type_list?: string[];
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  page_index: 'Number',
  unique_no: 'String',
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
        unique_no: 'String',
        service_code: 'String',
        shop_name: 'String',
        category_name: 'String',
        worker_check_type_list: ['String'],
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.fuwu.homedecoration.supplyrule.list`: method, response root, request and response schemas. */
export const tmallFuwuHomedecorationSupplyruleListOperation = {
  method: 'tmall.fuwu.homedecoration.supplyrule.list',
  responseRoot: 'tmall_fuwu_homedecoration_supplyrule_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询供给规则接口 — calls TOP method `tmall.fuwu.homedecoration.supplyrule.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallFuwuHomedecorationSupplyruleList(
  client: TopClient,
  request: TmallFuwuHomedecorationSupplyruleListRequest = {},
  options?: CallOptions,
): Promise<TmallFuwuHomedecorationSupplyruleListResponse> {
  return client.call<TmallFuwuHomedecorationSupplyruleListResponse>(
    {
      method: 'tmall.fuwu.homedecoration.supplyrule.list',
      responseRoot: 'tmall_fuwu_homedecoration_supplyrule_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
