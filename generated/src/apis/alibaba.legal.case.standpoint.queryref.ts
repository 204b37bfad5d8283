// Generated from specs/legalcase/alibaba.legal.case.standpoint.queryref.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.case.standpoint.queryref` (查询推送口径信息). */
export interface AlibabaLegalCaseStandpointQueryrefRequest {
  /** 案件id */
  suit_id: Int64Input;
  /** 委托id */
  entrust_id: Int64Input;
  /**
   * 查询的口径id列表
   *
   * Max list size: 999
   */
  standpoint_ids: string[];
}

/** Response of `alibaba.legal.case.standpoint.queryref`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalCaseStandpointQueryrefResponse {
  /** alinkappserver系统返回的通用结果类 */
  result?: AlibabaLegalCaseStandpointQueryrefServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.legal.case.standpoint.queryref`. */
export interface AlibabaLegalCaseStandpointQueryrefServiceResult {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误编码 */
  errcode?: string;
  /** 查询关联口径model */
  contents?: AlibabaLegalCaseStandpointQueryrefRefStandpointModel[];
  /** 错误信息 */
  errmsg?: string;
}

/** `RefStandpointModel` of `alibaba.legal.case.standpoint.queryref`. */
export interface AlibabaLegalCaseStandpointQueryrefRefStandpointModel {
  /** 案件id */
  suit_id?: Int64;
  /** 委托id */
  entrust_id?: Int64;
  /** 口径id */
  standpoint_id?: Int64;
  /** 口径描述 */
  standpoint_desc?: string;
  /** 答辩口径 */
  defense_caliber?: string;
  /** 口径版本 */
  version?: Int64;
}

const REQUEST_SCHEMA = {
  suit_id: 'Number',
  entrust_id: 'Number',
  standpoint_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    is_success: 'Boolean',
    errcode: 'String',
    contents: [
      {
        suit_id: 'Number',
        entrust_id: 'Number',
        standpoint_id: 'Number',
        standpoint_desc: 'String',
        defense_caliber: 'String',
        version: 'Number',
      },
    ],
    errmsg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.case.standpoint.queryref`: method, response root, request and response schemas. */
export const alibabaLegalCaseStandpointQueryrefOperation = {
  method: 'alibaba.legal.case.standpoint.queryref',
  responseRoot: 'alibaba_legal_case_standpoint_queryref_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询推送口径信息 — calls TOP method `alibaba.legal.case.standpoint.queryref`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalCaseStandpointQueryref(
  client: TopClient,
  request: AlibabaLegalCaseStandpointQueryrefRequest,
  options?: CallOptions,
): Promise<AlibabaLegalCaseStandpointQueryrefResponse> {
  return client.call<AlibabaLegalCaseStandpointQueryrefResponse>(
    {
      method: 'alibaba.legal.case.standpoint.queryref',
      responseRoot: 'alibaba_legal_case_standpoint_queryref_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
