// Generated from specs/legalsuit/alibaba.legal.newdraftstandpoint.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.legal.newdraftstandpoint.query` (未采纳口径查询(新)). */
export interface AlibabaLegalNewdraftstandpointQueryRequest {
  /** 业务系统实体id */
  busi_id: string;
  /** 页号 */
  page_num?: Int64Input;
  /** 页大小 */
  page_size?: Int64Input;
  /** 系统标识 */
  input_system_code?: string;
}

/** Response of `alibaba.legal.newdraftstandpoint.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLegalNewdraftstandpointQueryResponse {
  /** 是否成功 */
  success_res?: boolean;
  /** 返回状态 */
  error_code_res?: Int64;
  /** 分页对象 */
  content?: AlibabaLegalNewdraftstandpointQueryPage;
  /** 100 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Page` of `alibaba.legal.newdraftstandpoint.query`. */
export interface AlibabaLegalNewdraftstandpointQueryPage {
  /** 未采纳口径对象 */
  data?: AlibabaLegalNewdraftstandpointQueryStandpointDraftOutPutDto[];
  /** 1 */
  current_page?: Int64;
  /** 10 */
  total_count?: Int64;
}

/** `StandpointDraftOutPutDto` of `alibaba.legal.newdraftstandpoint.query`. */
export interface AlibabaLegalNewdraftstandpointQueryStandpointDraftOutPutDto {
  /** id */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 创建人 */
  creator?: string;
  /** 口径表述 */
  standpoint_desc?: string;
  /** 建议口径 */
  defense_caliber?: string;
}

const REQUEST_SCHEMA = {
  busi_id: 'String',
  page_num: 'Number',
  page_size: 'Number',
  input_system_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  success_res: 'Boolean',
  error_code_res: 'Number',
  content: {
    data: [
      {
        id: 'Number',
        gmt_create: 'String',
        creator: 'String',
        standpoint_desc: 'String',
        defense_caliber: 'String',
      },
    ],
    current_page: 'Number',
    total_count: 'Number',
  },
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.legal.newdraftstandpoint.query`: method, response root, request and response schemas. */
export const alibabaLegalNewdraftstandpointQueryOperation = {
  method: 'alibaba.legal.newdraftstandpoint.query',
  responseRoot: 'alibaba_legal_newdraftstandpoint_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 未采纳口径查询(新) — calls TOP method `alibaba.legal.newdraftstandpoint.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLegalNewdraftstandpointQuery(
  client: TopClient,
  request: AlibabaLegalNewdraftstandpointQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLegalNewdraftstandpointQueryResponse> {
  return client.call<AlibabaLegalNewdraftstandpointQueryResponse>(
    {
      method: 'alibaba.legal.newdraftstandpoint.query',
      responseRoot: 'alibaba_legal_newdraftstandpoint_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
