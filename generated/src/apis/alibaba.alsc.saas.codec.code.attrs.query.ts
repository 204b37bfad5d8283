// Generated from specs/alsc/alibaba.alsc.saas.codec.code.attrs.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.saas.codec.code.attrs.query` (码业务属性查询). */
export interface AlibabaAlscSaasCodecCodeAttrsQueryRequest {
  /** 请求入参 */
  query_code_request?: AlibabaAlscSaasCodecCodeAttrsQueryQueryCodeBizAttrRequestInput;
}

/** Response of `alibaba.alsc.saas.codec.code.attrs.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscSaasCodecCodeAttrsQueryResponse {
  /** 接口返回model */
  result?: AlibabaAlscSaasCodecCodeAttrsQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryCodeBizAttrRequest` of `alibaba.alsc.saas.codec.code.attrs.query`. */
export interface AlibabaAlscSaasCodecCodeAttrsQueryQueryCodeBizAttrRequestInput {
  /** 码使用的业务场景 */
  biz_scene_prefix?: string;
  /** 码值 */
  code_value?: string;
}

/** `Result` of `alibaba.alsc.saas.codec.code.attrs.query`. */
export interface AlibabaAlscSaasCodecCodeAttrsQueryResult {
  /** 返回素材id */
  data?: AlibabaAlscSaasCodecCodeAttrsQueryCodeBizAttributeDto;
  /** 是否成功 */
  success?: boolean;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
}

/** `CodeBizAttributeDto` of `alibaba.alsc.saas.codec.code.attrs.query`. */
export interface AlibabaAlscSaasCodecCodeAttrsQueryCodeBizAttributeDto {
  /** 码值 */
  code_value?: string;
  /** 码值绑定业务主体类型 */
  subject_type?: string;
  /** 码值绑定的业务主体ID */
  subject_id?: string;
}

const REQUEST_SCHEMA = {
  query_code_request: {
    biz_scene_prefix: 'String',
    code_value: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      code_value: 'String',
      subject_type: 'String',
      subject_id: 'String',
    },
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.saas.codec.code.attrs.query`: method, response root, request and response schemas. */
export const alibabaAlscSaasCodecCodeAttrsQueryOperation = {
  method: 'alibaba.alsc.saas.codec.code.attrs.query',
  responseRoot: 'alibaba_alsc_saas_codec_code_attrs_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 码业务属性查询 — calls TOP method `alibaba.alsc.saas.codec.code.attrs.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscSaasCodecCodeAttrsQuery(
  client: TopClient,
  request: AlibabaAlscSaasCodecCodeAttrsQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscSaasCodecCodeAttrsQueryResponse> {
  return client.call<AlibabaAlscSaasCodecCodeAttrsQueryResponse>(
    {
      method: 'alibaba.alsc.saas.codec.code.attrs.query',
      responseRoot: 'alibaba_alsc_saas_codec_code_attrs_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
