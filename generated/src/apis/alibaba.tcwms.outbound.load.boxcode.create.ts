// Generated from specs/perfect/alibaba.tcwms.outbound.load.boxcode.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcwms.outbound.load.boxcode.create` (创建箱号). */
export interface AlibabaTcwmsOutboundLoadBoxcodeCreateRequest {
  /** 入口参数 */
  box_code_request: AlibabaTcwmsOutboundLoadBoxcodeCreateBoxCodeRequestInput;
}

/** Response of `alibaba.tcwms.outbound.load.boxcode.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTcwmsOutboundLoadBoxcodeCreateResponse {
  /** result */
  result?: AlibabaTcwmsOutboundLoadBoxcodeCreateBoxCodeResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BoxCodeRequest` of `alibaba.tcwms.outbound.load.boxcode.create`. */
export interface AlibabaTcwmsOutboundLoadBoxcodeCreateBoxCodeRequestInput {
  /** 箱号类型 */
  box_code_type: string;
  /** 容器号 */
  container_code: string;
  /** 业务类型 */
  biz_type: string;
}

/** `BoxCodeResponse` of `alibaba.tcwms.outbound.load.boxcode.create`. */
export interface AlibabaTcwmsOutboundLoadBoxcodeCreateBoxCodeResponse {
  /** 1 */
  error_code?: string;
  /** 1 */
  error_message?: string;
  /** 1 */
  success?: boolean;
  /** 箱号 */
  box_code?: string;
}

const REQUEST_SCHEMA = {
  box_code_request: {
    box_code_type: 'String',
    container_code: 'String',
    biz_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
    box_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcwms.outbound.load.boxcode.create`: method, response root, request and response schemas. */
export const alibabaTcwmsOutboundLoadBoxcodeCreateOperation = {
  method: 'alibaba.tcwms.outbound.load.boxcode.create',
  responseRoot: 'alibaba_tcwms_outbound_load_boxcode_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建箱号 — calls TOP method `alibaba.tcwms.outbound.load.boxcode.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTcwmsOutboundLoadBoxcodeCreate(
  client: TopClient,
  request: AlibabaTcwmsOutboundLoadBoxcodeCreateRequest,
  options?: CallOptions,
): Promise<AlibabaTcwmsOutboundLoadBoxcodeCreateResponse> {
  return client.call<AlibabaTcwmsOutboundLoadBoxcodeCreateResponse>(
    {
      method: 'alibaba.tcwms.outbound.load.boxcode.create',
      responseRoot: 'alibaba_tcwms_outbound_load_boxcode_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
