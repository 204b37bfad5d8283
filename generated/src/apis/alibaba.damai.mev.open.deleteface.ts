// Generated from specs/damai/alibaba.damai.mev.open.deleteface.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.deleteface` (大麦换验平台-第三方对外开放-票面接口deleteFace). */
export interface AlibabaDamaiMevOpenDeletefaceRequest {
  /** 入参deleteFaceParam */
  delete_face_param?: AlibabaDamaiMevOpenDeletefaceTicketFaceIdOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.deleteface`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenDeletefaceResponse {
  /** result */
  result?: AlibabaDamaiMevOpenDeletefaceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TicketFaceIdOpenParam` of `alibaba.damai.mev.open.deleteface`. */
export interface AlibabaDamaiMevOpenDeletefaceTicketFaceIdOpenParamInput {
  /** 票面id */
  face_id?: Int64Input;
  /** 系统id */
  system_id?: Int64Input;
  /** 商户密钥 */
  supplier_secret?: string;
}

/** `Result` of `alibaba.damai.mev.open.deleteface`. */
export interface AlibabaDamaiMevOpenDeletefaceResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误内容 */
  error_msg?: string;
  /** 返回结果 */
  model?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  delete_face_param: {
    face_id: 'Number',
    system_id: 'Number',
    supplier_secret: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    model: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.mev.open.deleteface`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenDeletefaceOperation = {
  method: 'alibaba.damai.mev.open.deleteface',
  responseRoot: 'alibaba_damai_mev_open_deleteface_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-票面接口deleteFace — calls TOP method `alibaba.damai.mev.open.deleteface`.
 *
 * deleteFace
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenDeleteface(
  client: TopClient,
  request: AlibabaDamaiMevOpenDeletefaceRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenDeletefaceResponse> {
  return client.call<AlibabaDamaiMevOpenDeletefaceResponse>(
    {
      method: 'alibaba.damai.mev.open.deleteface',
      responseRoot: 'alibaba_damai_mev_open_deleteface_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
