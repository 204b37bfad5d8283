// Generated from specs/damai/alibaba.damai.mev.open.delete.faceelement.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.delete.faceelement` (大麦换验平台-第三方对外开放-票面元素接口deleteFaceElement). */
export interface AlibabaDamaiMevOpenDeleteFaceelementRequest {
  /** 入参deleteFaceElementParam */
  delete_face_element_param?: AlibabaDamaiMevOpenDeleteFaceelementFaceElementIdOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.delete.faceelement`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenDeleteFaceelementResponse {
  /** result */
  result?: AlibabaDamaiMevOpenDeleteFaceelementResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FaceElementIdOpenParam` of `alibaba.damai.mev.open.delete.faceelement`. */
export interface AlibabaDamaiMevOpenDeleteFaceelementFaceElementIdOpenParamInput {
  /** 票面id */
  face_id?: Int64Input;
  /** 系统id */
  system_id?: Int64Input;
  /** 商户密钥 */
  supplier_secret?: string;
}

/** `Result` of `alibaba.damai.mev.open.delete.faceelement`. */
export interface AlibabaDamaiMevOpenDeleteFaceelementResult {
  /** 错误码 */
  error_code?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 返回值 */
  model?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  delete_face_element_param: {
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

/** Static description of `alibaba.damai.mev.open.delete.faceelement`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenDeleteFaceelementOperation = {
  method: 'alibaba.damai.mev.open.delete.faceelement',
  responseRoot: 'alibaba_damai_mev_open_delete_faceelement_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-票面元素接口deleteFaceElement — calls TOP method `alibaba.damai.mev.open.delete.faceelement`.
 *
 * deleteFaceElement
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenDeleteFaceelement(
  client: TopClient,
  request: AlibabaDamaiMevOpenDeleteFaceelementRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenDeleteFaceelementResponse> {
  return client.call<AlibabaDamaiMevOpenDeleteFaceelementResponse>(
    {
      method: 'alibaba.damai.mev.open.delete.faceelement',
      responseRoot: 'alibaba_damai_mev_open_delete_faceelement_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
