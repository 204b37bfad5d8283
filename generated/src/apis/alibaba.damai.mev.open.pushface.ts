// Generated from specs/damai/alibaba.damai.mev.open.pushface.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.mev.open.pushface` (大麦换验平台-第三方对外开放-票面接口pushFace). */
export interface AlibabaDamaiMevOpenPushfaceRequest {
  /** 入参pushFaceParam */
  push_face_param?: AlibabaDamaiMevOpenPushfaceThirdTicketFacePushOpenParamInput;
}

/** Response of `alibaba.damai.mev.open.pushface`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMevOpenPushfaceResponse {
  /** result */
  result?: AlibabaDamaiMevOpenPushfaceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ThirdTicketFacePushOpenParam` of `alibaba.damai.mev.open.pushface`. */
export interface AlibabaDamaiMevOpenPushfaceThirdTicketFacePushOpenParamInput {
  /** 票面id */
  face_id?: Int64Input;
  /** 票面模式 */
  face_mode?: Int64Input;
  /** 票面类型 */
  front_type?: Int64Input;
  /** 票纸版式id */
  paper_format_id?: Int64Input;
  /** 场次id */
  perform_id?: Int64Input;
  /** 推送时间 */
  push_time?: DateInput;
  /** 商户密钥 */
  supplier_secret?: string;
  /** 系统id */
  system_id?: Int64Input;
}

/** `Result` of `alibaba.damai.mev.open.pushface`. */
export interface AlibabaDamaiMevOpenPushfaceResult {
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
  push_face_param: {
    face_id: 'Number',
    face_mode: 'Number',
    front_type: 'Number',
    paper_format_id: 'Number',
    perform_id: 'Number',
    push_time: 'Date',
    supplier_secret: 'String',
    system_id: 'Number',
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

/** Static description of `alibaba.damai.mev.open.pushface`: method, response root, request and response schemas. */
export const alibabaDamaiMevOpenPushfaceOperation = {
  method: 'alibaba.damai.mev.open.pushface',
  responseRoot: 'alibaba_damai_mev_open_pushface_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦换验平台-第三方对外开放-票面接口pushFace — calls TOP method `alibaba.damai.mev.open.pushface`.
 *
 * pushFace
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMevOpenPushface(
  client: TopClient,
  request: AlibabaDamaiMevOpenPushfaceRequest = {},
  options?: CallOptions,
): Promise<AlibabaDamaiMevOpenPushfaceResponse> {
  return client.call<AlibabaDamaiMevOpenPushfaceResponse>(
    {
      method: 'alibaba.damai.mev.open.pushface',
      responseRoot: 'alibaba_damai_mev_open_pushface_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
