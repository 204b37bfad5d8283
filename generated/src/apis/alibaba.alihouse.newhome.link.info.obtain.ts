// Generated from specs/alihouse/alibaba.alihouse.newhome.link.info.obtain.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.link.info.obtain` (落地页获取). */
export interface AlibabaAlihouseNewhomeLinkInfoObtainRequest {
  /** 请求体 */
  link_info_req: AlibabaAlihouseNewhomeLinkInfoObtainLinkInfoReqDTOInput;
}

/** Response of `alibaba.alihouse.newhome.link.info.obtain`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeLinkInfoObtainResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeLinkInfoObtainResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LinkInfoReqDTO` of `alibaba.alihouse.newhome.link.info.obtain`. */
export interface AlibabaAlihouseNewhomeLinkInfoObtainLinkInfoReqDTOInput {
  /** 类型 */
  type: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.link.info.obtain`. */
export interface AlibabaAlihouseNewhomeLinkInfoObtainResult {
  /** 返回链接地址 */
  data?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** message */
  msg?: boolean;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  link_info_req: {
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    is_success: 'Boolean',
    msg: 'Boolean',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.link.info.obtain`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeLinkInfoObtainOperation = {
  method: 'alibaba.alihouse.newhome.link.info.obtain',
  responseRoot: 'alibaba_alihouse_newhome_link_info_obtain_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 落地页获取 — calls TOP method `alibaba.alihouse.newhome.link.info.obtain`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeLinkInfoObtain(
  client: TopClient,
  request: AlibabaAlihouseNewhomeLinkInfoObtainRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeLinkInfoObtainResponse> {
  return client.call<AlibabaAlihouseNewhomeLinkInfoObtainResponse>(
    {
      method: 'alibaba.alihouse.newhome.link.info.obtain',
      responseRoot: 'alibaba_alihouse_newhome_link_info_obtain_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
