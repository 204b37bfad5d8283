// Generated from specs/tmallservice/tmall.fuwu.homedecoration.workerlevel.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.fuwu.homedecoration.workerlevel.list` (查询工人分层数据接口). */
export interface TmallFuwuHomedecorationWorkerlevelListRequest {
  /** 当前页数 */
  page_index?: Int64Input;
  /** 每页大小，不传默认只查20条，最大不能超过500 */
  page_size?: Int64Input;
}

/** Response of `tmall.fuwu.homedecoration.workerlevel.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallFuwuHomedecorationWorkerlevelListResponse {
  /** 响应结果 */
  result?: TmallFuwuHomedecorationWorkerlevelListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.fuwu.homedecoration.workerlevel.list`. */
export interface TmallFuwuHomedecorationWorkerlevelListResult {
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
  /** 工人分层数据 */
  data_list?: TmallFuwuHomedecorationWorkerlevelListSupplyLevelWorkerDTO[];
}

/** `SupplyLevelWorkerDTO` of `tmall.fuwu.homedecoration.workerlevel.list`. */
export interface TmallFuwuHomedecorationWorkerlevelListSupplyLevelWorkerDTO {
  /** serviceCode */
  service_code?: string;
  /** 工人id */
  worker_id?: Int64;
  /** 工人身份证号 */
  id_number?: string;
  /** 技能等级(中级、初级、试用、高级) */
  worker_level?: string;
  /** 工人手机号 */
  worker_mobile?: string;
}

const REQUEST_SCHEMA = {
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
        service_code: 'String',
        worker_id: 'Number',
        id_number: 'String',
        worker_level: 'String',
        worker_mobile: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.fuwu.homedecoration.workerlevel.list`: method, response root, request and response schemas. */
export const tmallFuwuHomedecorationWorkerlevelListOperation = {
  method: 'tmall.fuwu.homedecoration.workerlevel.list',
  responseRoot: 'tmall_fuwu_homedecoration_workerlevel_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询工人分层数据接口 — calls TOP method `tmall.fuwu.homedecoration.workerlevel.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallFuwuHomedecorationWorkerlevelList(
  client: TopClient,
  request: TmallFuwuHomedecorationWorkerlevelListRequest = {},
  options?: CallOptions,
): Promise<TmallFuwuHomedecorationWorkerlevelListResponse> {
  return client.call<TmallFuwuHomedecorationWorkerlevelListResponse>(
    {
      method: 'tmall.fuwu.homedecoration.workerlevel.list',
      responseRoot: 'tmall_fuwu_homedecoration_workerlevel_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
