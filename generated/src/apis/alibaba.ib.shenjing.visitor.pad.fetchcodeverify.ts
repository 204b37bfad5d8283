// Generated from specs/shenjing/alibaba.ib.shenjing.visitor.pad.fetchcodeverify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ib.shenjing.visitor.pad.fetchcodeverify` (访客通过PAD提交访客码). */
export interface AlibabaIbShenjingVisitorPadFetchcodeverifyRequest {
  /** 访客码 */
  visitor_code: Int64Input;
  /** 终端ID */
  term_id?: string;
}

/** Response of `alibaba.ib.shenjing.visitor.pad.fetchcodeverify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIbShenjingVisitorPadFetchcodeverifyResponse {
  /** 错误码 */
  result_code?: string;
  /** 内容 */
  content?: AlibabaIbShenjingVisitorPadFetchcodeverifyContent;
  /** request_id */
  result_request_id?: string;
  /** 错误信息 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Content` of `alibaba.ib.shenjing.visitor.pad.fetchcodeverify`. */
export interface AlibabaIbShenjingVisitorPadFetchcodeverifyContent {
  /** 访客名称 */
  visitor_linkman?: string;
  /** 访客ID */
  id?: string;
  /** 总计来访人数 */
  visitor_face_photo_total_num?: Int64;
  /** 邀请人 */
  apply_user_name?: string;
  /** 公司名称 */
  emp_org_name?: string;
  /** 当前上传人脸数 */
  visitor_face_photo_current_num?: Int64;
}

const REQUEST_SCHEMA = {
  visitor_code: 'Number',
  term_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  content: {
    visitor_linkman: 'String',
    id: 'String',
    visitor_face_photo_total_num: 'Number',
    apply_user_name: 'String',
    emp_org_name: 'String',
    visitor_face_photo_current_num: 'Number',
  },
  result_request_id: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ib.shenjing.visitor.pad.fetchcodeverify`: method, response root, request and response schemas. */
export const alibabaIbShenjingVisitorPadFetchcodeverifyOperation = {
  method: 'alibaba.ib.shenjing.visitor.pad.fetchcodeverify',
  responseRoot: 'alibaba_ib_shenjing_visitor_pad_fetchcodeverify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 访客通过PAD提交访客码 — calls TOP method `alibaba.ib.shenjing.visitor.pad.fetchcodeverify`.
 *
 * 访客通过PAD提交访客码，录脸进入园区。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIbShenjingVisitorPadFetchcodeverify(
  client: TopClient,
  request: AlibabaIbShenjingVisitorPadFetchcodeverifyRequest,
  options?: CallOptions,
): Promise<AlibabaIbShenjingVisitorPadFetchcodeverifyResponse> {
  return client.call<AlibabaIbShenjingVisitorPadFetchcodeverifyResponse>(
    {
      method: 'alibaba.ib.shenjing.visitor.pad.fetchcodeverify',
      responseRoot: 'alibaba_ib_shenjing_visitor_pad_fetchcodeverify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
