// Generated from specs/icbu/alibaba.icbu.photobank.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.photobank.list` (国际站图片银行查询接口). */
export interface AlibabaIcbuPhotobankListRequest {
  /** 额外的上下文信息. 例如:icvId */
  extra_context?: string | Record<string, unknown>;
  /** 当前翻页数 */
  current_page?: Int64Input;
  /** 图片组id */
  group_id?: string;
  /** 存放位置 必要条件, 包括ALL_GROUP(所有目录), SUB_GROUP(指定图片组下),UNGROUP(未分组), TEMP(disable)四个值 */
  location_type?: string;
  /** 每页显示数 */
  page_size?: Int64Input;
}

/** Response of `alibaba.icbu.photobank.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuPhotobankListResponse {
  /** traceId */
  trace_id?: string;
  /** PaginationQueryList */
  pagination_query_list?: AlibabaIcbuPhotobankListPaginationQueryList;
  /** error code */
  errorcode?: string;
  /** error message */
  errormsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaginationQueryList` of `alibaba.icbu.photobank.list`. */
export interface AlibabaIcbuPhotobankListPaginationQueryList {
  /** image_list */
  list?: AlibabaIcbuPhotobankListPhotobankImageDo[];
}

/** `PhotobankImageDo` of `alibaba.icbu.photobank.list`. */
export interface AlibabaIcbuPhotobankListPhotobankImageDo {
  /** 图片url */
  url?: string;
  /** 图片id */
  id?: string;
  /** 文件名字 */
  file_name?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 归属人 */
  owner_member_display_name?: string;
  /** 文件大小 */
  file_size?: Int64;
  /** 图片引用数量 */
  reference_count?: Int64;
  /** 分组id */
  group_id?: Int64;
  /** 展示名字 */
  display_name?: string;
}

const REQUEST_SCHEMA = {
  extra_context: 'Json',
  current_page: 'Number',
  group_id: 'String',
  location_type: 'String',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  pagination_query_list: {
    list: [
      {
        url: 'String',
        id: 'String',
        file_name: 'String',
        gmt_modified: 'Date',
        owner_member_display_name: 'String',
        file_size: 'Number',
        reference_count: 'Number',
        group_id: 'Number',
        display_name: 'String',
      },
    ],
  },
  errorcode: 'String',
  errormsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.photobank.list`: method, response root, request and response schemas. */
export const alibabaIcbuPhotobankListOperation = {
  method: 'alibaba.icbu.photobank.list',
  responseRoot: 'alibaba_icbu_photobank_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国际站图片银行查询接口 — calls TOP method `alibaba.icbu.photobank.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuPhotobankList(
  client: TopClient,
  request: AlibabaIcbuPhotobankListRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuPhotobankListResponse> {
  return client.call<AlibabaIcbuPhotobankListResponse>(
    {
      method: 'alibaba.icbu.photobank.list',
      responseRoot: 'alibaba_icbu_photobank_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
