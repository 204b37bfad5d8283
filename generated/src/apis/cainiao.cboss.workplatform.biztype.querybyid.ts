// Generated from specs/logistic/cainiao.cboss.workplatform.biztype.querybyid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cboss.workplatform.biztype.querybyid` (菜鸟工单平台根据业务类型id查询业务类型详细信息). */
export interface CainiaoCbossWorkplatformBiztypeQuerybyidRequest {
  /** 业务类型id */
  biz_type_id?: string;
}

/** Response of `cainiao.cboss.workplatform.biztype.querybyid`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCbossWorkplatformBiztypeQuerybyidResponse {
  /** result */
  result?: CainiaoCbossWorkplatformBiztypeQuerybyidResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `cainiao.cboss.workplatform.biztype.querybyid`. */
export interface CainiaoCbossWorkplatformBiztypeQuerybyidResult {
  /** bizTypeJson */
  biz_type_json?: string;
  /** errorCode */
  res_error_code?: string;
  /** errorMsg */
  res_error_msg?: string;
  /** success */
  res_success?: boolean;
}

const REQUEST_SCHEMA = {
  biz_type_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_type_json: 'String',
    res_error_code: 'String',
    res_error_msg: 'String',
    res_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cboss.workplatform.biztype.querybyid`: method, response root, request and response schemas. */
export const cainiaoCbossWorkplatformBiztypeQuerybyidOperation = {
  method: 'cainiao.cboss.workplatform.biztype.querybyid',
  responseRoot: 'cainiao_cboss_workplatform_biztype_querybyid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 菜鸟工单平台根据业务类型id查询业务类型详细信息 — calls TOP method `cainiao.cboss.workplatform.biztype.querybyid`.
 *
 * 菜鸟工单平台根据业务类型id查询业务类型详细信息。 目前调用者ISV
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCbossWorkplatformBiztypeQuerybyid(
  client: TopClient,
  request: CainiaoCbossWorkplatformBiztypeQuerybyidRequest = {},
  options?: CallOptions,
): Promise<CainiaoCbossWorkplatformBiztypeQuerybyidResponse> {
  return client.call<CainiaoCbossWorkplatformBiztypeQuerybyidResponse>(
    {
      method: 'cainiao.cboss.workplatform.biztype.querybyid',
      responseRoot: 'cainiao_cboss_workplatform_biztype_querybyid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
