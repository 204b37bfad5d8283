// Generated from specs/alihealthpw/alibaba.alihealth.pw.gm.ids.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pw.gm.ids.list` (同情用药根据申请单列表查询申请单). */
export interface AlibabaAlihealthPwGmIdsListRequest {
  /** 入参 */
  body?: AlibabaAlihealthPwGmIdsListListByApplyIdsForBReqInput;
}

/** Response of `alibaba.alihealth.pw.gm.ids.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPwGmIdsListResponse {
  /** 返回值 */
  result?: AlibabaAlihealthPwGmIdsListResponseMessage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ListByApplyIdsForBReq` of `alibaba.alihealth.pw.gm.ids.list`. */
export interface AlibabaAlihealthPwGmIdsListListByApplyIdsForBReqInput {
  /** 编码列表 */
  apply_unique_codes?: string[];
}

/** `ResponseMessage` of `alibaba.alihealth.pw.gm.ids.list`. */
export interface AlibabaAlihealthPwGmIdsListResponseMessage {
  /** 状态码 */
  code?: string;
  /** 数据 */
  data?: AlibabaAlihealthPwGmIdsListListByApplyIdsForBResp;
  /** 错误信息 */
  message?: string;
}

/** `ListByApplyIdsForBResp` of `alibaba.alihealth.pw.gm.ids.list`. */
export interface AlibabaAlihealthPwGmIdsListListByApplyIdsForBResp {
  /** 列表 */
  list?: AlibabaAlihealthPwGmIdsListPendingListDto[];
}

/** `PendingListDto` of `alibaba.alihealth.pw.gm.ids.list`. */
export interface AlibabaAlihealthPwGmIdsListPendingListDto {
  /** 申请状态 */
  apply_status?: string;
  /** 申请类型 */
  apply_type?: string;
  /** 申请时间 */
  apply_date?: string;
  /** 唯一编码 */
  apply_unique_code?: string;
}

const REQUEST_SCHEMA = {
  body: {
    apply_unique_codes: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      list: [
        {
          apply_status: 'String',
          apply_type: 'String',
          apply_date: 'String',
          apply_unique_code: 'String',
        },
      ],
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pw.gm.ids.list`: method, response root, request and response schemas. */
export const alibabaAlihealthPwGmIdsListOperation = {
  method: 'alibaba.alihealth.pw.gm.ids.list',
  responseRoot: 'alibaba_alihealth_pw_gm_ids_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同情用药根据申请单列表查询申请单 — calls TOP method `alibaba.alihealth.pw.gm.ids.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPwGmIdsList(
  client: TopClient,
  request: AlibabaAlihealthPwGmIdsListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthPwGmIdsListResponse> {
  return client.call<AlibabaAlihealthPwGmIdsListResponse>(
    {
      method: 'alibaba.alihealth.pw.gm.ids.list',
      responseRoot: 'alibaba_alihealth_pw_gm_ids_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
