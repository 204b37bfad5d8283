// Generated from specs/user/alibaba.beneift.draw.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.beneift.draw` (抽奖接口). */
export interface AlibabaBeneiftDrawRequest {
  /** 奖池唯一标识，奖池创建时即生成 */
  ename: string;
  /** 调用方AppName：规定为promotioncenter-$\{appId} */
  app_name: string;
  /** 调用方应用ip，非必填 */
  ip?: string;
}

/** Response of `alibaba.beneift.draw`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBeneiftDrawResponse {
  /** 是否成功 */
  result_success?: boolean;
  /** message */
  result_msg?: string;
  /** code */
  result_code?: string;
  /** 权益id */
  right_id?: string;
  /** 奖品id */
  prize_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ename: 'String',
  app_name: 'String',
  ip: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_success: 'Boolean',
  result_msg: 'String',
  result_code: 'String',
  right_id: 'String',
  prize_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.beneift.draw`: method, response root, request and response schemas. */
export const alibabaBeneiftDrawOperation = {
  method: 'alibaba.beneift.draw',
  responseRoot: 'alibaba_beneift_draw_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 抽奖接口 — calls TOP method `alibaba.beneift.draw`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBeneiftDraw(
  client: TopClient,
  request: AlibabaBeneiftDrawRequest,
  options?: CallOptions,
): Promise<AlibabaBeneiftDrawResponse> {
  return client.call<AlibabaBeneiftDrawResponse>(
    {
      method: 'alibaba.beneift.draw',
      responseRoot: 'alibaba_beneift_draw_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
