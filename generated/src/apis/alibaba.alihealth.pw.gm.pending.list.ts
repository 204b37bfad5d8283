// Generated from specs/alihealthpw/alibaba.alihealth.pw.gm.pending.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pw.gm.pending.list` (同情用药待审核工单查询接口). */
export interface AlibabaAlihealthPwGmPendingListRequest {
  /** 入参 */
  body?: AlibabaAlihealthPwGmPendingListPendingListReqInput;
}

/** Response of `alibaba.alihealth.pw.gm.pending.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPwGmPendingListResponse {
  /** 返回值 */
  result?: AlibabaAlihealthPwGmPendingListResponseMessage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PendingListReq` of `alibaba.alihealth.pw.gm.pending.list`. */
export interface AlibabaAlihealthPwGmPendingListPendingListReqInput {
  /** 申请类型 */
  apply_type?: string;
  /** 当前页面 */
  page_number: Int64Input;
  /** 每页大小 */
  page_size: Int64Input;
  /** 状态列表 */
  apply_status_list?: string[];
}

/** `ResponseMessage` of `alibaba.alihealth.pw.gm.pending.list`. */
export interface AlibabaAlihealthPwGmPendingListResponseMessage {
  /** 状态码 */
  code?: string;
  /** 数据 */
  data?: AlibabaAlihealthPwGmPendingListPendingListResp;
  /** 错误描述 */
  message?: string;
}

/** `PendingListResp` of `alibaba.alihealth.pw.gm.pending.list`. */
export interface AlibabaAlihealthPwGmPendingListPendingListResp {
  /** 申请类型 */
  apply_type?: string;
  /** 总数 */
  total?: Int64;
  /** 当前页 */
  page_number?: Int64;
  /** 每页大小 */
  page_size?: Int64;
  /** 列表 */
  list?: AlibabaAlihealthPwGmPendingListPendingListDto[];
}

/** `PendingListDto` of `alibaba.alihealth.pw.gm.pending.list`. */
export interface AlibabaAlihealthPwGmPendingListPendingListDto {
  /** 申请类型 */
  apply_type?: string;
  /** 申请单唯一编码 */
  apply_unique_code?: string;
  /** 申请时间 */
  apply_date?: string;
  /** 申请状态 */
  apply_status?: string;
}

const REQUEST_SCHEMA = {
  body: {
    apply_type: 'String',
    page_number: 'Number',
    page_size: 'Number',
    apply_status_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      apply_type: 'String',
      total: 'Number',
      page_number: 'Number',
      page_size: 'Number',
      list: [
        {
          apply_type: 'String',
          apply_unique_code: 'String',
          apply_date: 'String',
          apply_status: 'String',
        },
      ],
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pw.gm.pending.list`: method, response root, request and response schemas. */
export const alibabaAlihealthPwGmPendingListOperation = {
  method: 'alibaba.alihealth.pw.gm.pending.list',
  responseRoot: 'alibaba_alihealth_pw_gm_pending_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同情用药待审核工单查询接口 — calls TOP method `alibaba.alihealth.pw.gm.pending.list`.
 *
 * 同情用药待审核工单查询接口，提供给合作方用来查询待处理工单列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPwGmPendingList(
  client: TopClient,
  request: AlibabaAlihealthPwGmPendingListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthPwGmPendingListResponse> {
  return client.call<AlibabaAlihealthPwGmPendingListResponse>(
    {
      method: 'alibaba.alihealth.pw.gm.pending.list',
      responseRoot: 'alibaba_alihealth_pw_gm_pending_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
